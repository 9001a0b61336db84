export { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
export { ErrorState, type ErrorStateProps } from './ErrorState';
export { ForbiddenState } from './ForbiddenState';
export { PageLoader, type PageLoaderProps } from './PageLoader';
export { formProblemMessage } from './form-problem';
export { problemMessage } from './problem-message';
export { ResultMessage, type Result, type ResultMessageProps } from './ResultMessage';

// Public API of the surveys feature: designing, distributing and evaluating surveys, and answering them.
export { MySurveysRoute } from './routes/MySurveysRoute';
export { PublicSurveyRoute } from './routes/PublicSurveyRoute';
export { StaffSurveyRoute } from './routes/StaffSurveyRoute';
export { SurveyDistributionRoute } from './routes/SurveyDistributionRoute';
export { SurveyEditorRoute } from './routes/SurveyEditorRoute';
export { SurveyIndexRedirect, SurveyLayout } from './routes/SurveyLayout';
export { SurveyResultsRoute } from './routes/SurveyResultsRoute';
export { SurveysRoute } from './routes/SurveysRoute';
export { isPublicSurveyPath } from './utils/public-path';

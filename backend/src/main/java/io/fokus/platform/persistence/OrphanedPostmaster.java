package io.fokus.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.logging.Log;

/**
 * The embedded PostgreSQL that a Fokus killed without a chance to stop it (kill -9, the OOM killer) leaves running on
 * its data directory; it would keep the next start from using the directory. Only looked for while holding the
 * {@link DataDirectoryLock}: then no live Fokus uses the directory, so a live postmaster of that directory is an
 * orphan and is stopped like {@code pg_ctl stop -m fast} (open transactions roll back, everything committed stays).
 */
final class OrphanedPostmaster {

  private OrphanedPostmaster() {
  }

  /** Stops the postmaster named in the directory's {@code postmaster.pid} if it is alive and serves that directory. */
  static void stopIfRunning(Path dataDir, Duration timeout, Log log) {
    Path pidFile = dataDir.resolve("postmaster.pid");
    Optional<ProcessHandle> process = pidOf(pidFile).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return; // no server, or a stale pid file that PostgreSQL replaces itself
    }
    ProcessHandle postmaster = process.get();
    if (isZombie(postmaster.pid())) {
      // killed, not yet reaped by its new parent (the orphan's parent died with Fokus): it holds no port, file or
      // memory any more, but PostgreSQL would take it for a live postmaster and refuse to start
      log.warn("Removing " + pidFile + ": its postmaster " + postmaster.pid() + " has died (a zombie process)");
      delete(pidFile);
      return;
    }
    ProcessHandle.Info info = postmaster.info();
    Optional<String> command = info.command();
    if (command.isPresent() && !isPostgres(command.get())) {
      // the pid was reused by an unrelated process (after a reboot, in a container): PostgreSQL would refuse to start
      log.warn("Removing " + pidFile + ": its process " + postmaster.pid() + " is " + command.get()
          + ", no PostgreSQL");
      delete(pidFile);
      return;
    }
    if (command.isEmpty() || !servesDirectory(info.arguments().orElse(new String[0]), dataDir)) {
      throw new IllegalStateException("The data directory " + dataDir + " is in use by the running process "
          + postmaster.pid() + " (see " + pidFile + "), which is not known to be its embedded PostgreSQL."
          + " Stop that process and start Fokus again.");
    }
    log.warn("Stopping the orphaned embedded PostgreSQL " + postmaster.pid() + " on " + dataDir
        + ", left running by a Fokus that did not stop it");
    requestFastShutdown(postmaster, Path.of(command.get()), dataDir, timeout);
    try {
      postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException("The orphaned embedded PostgreSQL " + postmaster.pid() + " on " + dataDir
          + " did not stop within " + timeout.toSeconds() + " s", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the orphaned embedded PostgreSQL", e);
    }
  }

  private static Optional<Long> pidOf(Path pidFile) {
    try {
      List<String> lines = Files.readAllLines(pidFile);
      return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.getFirst().trim()));
    } catch (java.nio.file.NoSuchFileException | NumberFormatException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the process has exited and waits to be reaped (state Z or X in Linux's /proc; false elsewhere). */
  static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int end = stat.lastIndexOf(')'); // the command name in parentheses may itself contain spaces or ')'
      char state = end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : '?';
      return state == 'Z' || state == 'X';
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isPostgres(String command) {
    return Path.of(command).getFileName().toString().startsWith("postgres");
  }

  /** Whether the command line is {@code postgres -D <this data directory> ...}, as the embedded server is started. */
  private static boolean servesDirectory(String[] arguments, Path dataDir) {
    for (int i = 0; i + 1 < arguments.length; i++) {
      if ("-D".equals(arguments[i])) {
        try {
          return Files.isSameFile(Path.of(arguments[i + 1]), dataDir);
        } catch (IOException e) {
          return false;
        }
      }
    }
    return false;
  }

  /**
   * Fast shutdown (SIGINT to the postmaster) through the pg_ctl of the orphan's own installation; without one, the
   * smart shutdown of SIGTERM, which ends as soon as the dead Fokus' sessions are gone.
   */
  private static void requestFastShutdown(ProcessHandle postmaster, Path postgres, Path dataDir, Duration timeout) {
    Path pgCtl = postgres.resolveSibling("pg_ctl");
    if (!Files.isExecutable(pgCtl)) {
      postmaster.destroy();
      return;
    }
    try {
      Process stop = new ProcessBuilder(pgCtl.toString(), "stop", "-D", dataDir.toString(), "-m", "fast", "-W")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!stop.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) || stop.exitValue() != 0) {
        stop.destroyForcibly();
        postmaster.destroy();
      }
    } catch (IOException e) {
      postmaster.destroy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping the orphaned embedded PostgreSQL", e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

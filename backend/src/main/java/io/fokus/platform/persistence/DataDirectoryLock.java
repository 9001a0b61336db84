package io.fokus.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one running Fokus the owner of an embedded data directory: an exclusive lock on the file
 * {@code <data dir>.lock} beside the directory (beside, because initdb wants the new directory empty), held for the
 * life of the process. The operating system releases it when the process dies, also by {@code kill -9}: whoever gets
 * the lock knows that no live Fokus uses the directory.
 */
final class DataDirectoryLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock of the directory, or an {@link IllegalStateException} at once if another process holds it. */
  static DataDirectoryLock acquire(Path dataDir) {
    Path file = fileOf(dataDir);
    try {
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException sameProcess) {
        lock = null;
      } catch (IOException e) {
        channel.close();
        throw e;
      }
      if (lock == null) {
        channel.close();
        throw new IllegalStateException("Another Fokus uses the data directory " + dataDir + " (it holds " + file
            + "). Stop that one, or give this one another fokus.embedded-db.data-dir.");
      }
      return new DataDirectoryLock(channel, lock);
    } catch (IOException e) {
      throw new UncheckedIOException("could not lock the data directory " + dataDir + " with " + file, e);
    }
  }

  static Path fileOf(Path dataDir) {
    return dataDir.resolveSibling(dataDir.getFileName() + ".lock");
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException ignored) {
      // closing the channel releases the lock in any case
    }
  }
}

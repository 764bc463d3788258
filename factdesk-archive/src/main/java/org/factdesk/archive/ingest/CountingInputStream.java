// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.archive.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Reports how many bytes have been read, for progress bars. */
final class CountingInputStream extends FilterInputStream {
  private final LongConsumer listener;
  private long count;

  CountingInputStream(InputStream in, LongConsumer listener) {
    super(in);
    this.listener = listener;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      listener.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count += n;
      listener.accept(count);
    }
    return n;
  }
}

package org.plancheck.document;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * The PDF file as PDFBox reads it, polling the document's {@link Cancellation} on every read: parsing, loading an
 * object, and every content stream or form drawn (PDFBox reads them from the file each time) stop once the time
 * is up. Views of a stream are wrapped too.
 */
final class CancellableRead implements RandomAccessRead {
    private final RandomAccessRead in;
    private final Cancellation cancel;

    CancellableRead(RandomAccessRead in, Cancellation cancel) {
        this.in = in;
        this.cancel = cancel;
    }

    @Override
    public int read() throws IOException {
        cancel.check();
        return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        cancel.check();
        return in.read(b, off, len);
    }

    @Override
    public long getPosition() throws IOException {
        return in.getPosition();
    }

    @Override
    public void seek(long position) throws IOException {
        cancel.check();
        in.seek(position);
    }

    @Override
    public long length() throws IOException {
        return in.length();
    }

    @Override
    public boolean isClosed() {
        return in.isClosed();
    }

    @Override
    public void rewind(int bytes) throws IOException {
        in.rewind(bytes);
    }

    @Override
    public boolean isEOF() throws IOException {
        return in.isEOF();
    }

    @Override
    public int available() throws IOException {
        return in.available();
    }

    @Override
    public RandomAccessReadView createView(long startPosition, long streamLength) throws IOException {
        cancel.check();
        RandomAccessReadView view = in.createView(startPosition, streamLength);
        return new RandomAccessReadView(new CancellableRead(view, cancel), 0, streamLength, true);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

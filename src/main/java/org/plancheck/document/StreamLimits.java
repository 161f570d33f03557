package org.plancheck.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Bounds decompression. PDFBox 3 inflates every filtered stream (object streams, content streams, fonts) whole into
 * memory, whatever {@code MemoryUsageSetting} or stream cache is given (those only hold streams being written), so
 * 6 MB of deflated zeros became 6 GB of heap. Each of PDFBox's filters is wrapped here so that its output stops at
 * {@link #MAX_DECODED_BYTES} per stream with {@link TooLarge}, and polls the reading thread's {@link Cancellation}
 * while it writes. PDFBox offers no hook for this: the filters are replaced once in its {@link FilterFactory}
 * registry, by reflection; if that ever fails (another PDFBox), {@link #installed()} says so and a test fails.
 */
final class StreamLimits {
    /** The most bytes one stream may decode to: 64 MB (a plan page's content is a few hundred KB, a font ~20 MB). */
    static final long MAX_DECODED_BYTES = 64L << 20;

    private static final ThreadLocal<Cancellation> CURRENT = new ThreadLocal<>();
    private static final boolean INSTALLED = install();

    /** A stream decoded to more than {@link #MAX_DECODED_BYTES}; unchecked, so lenient parsing does not hide it. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("数据流解压后超过 " + (MAX_DECODED_BYTES >> 20) + " MB（可能是解压炸弹）", null, false, false);
        }
    }

    private StreamLimits() {
    }

    /** True when PDFBox's filters are bounded (forces the installation). */
    static boolean installed() {
        return INSTALLED;
    }

    /** Streams decoded on this thread from now on poll {@code cancel}. */
    static void enter(Cancellation cancel) {
        CURRENT.set(cancel);
    }

    static void exit() {
        CURRENT.remove();
    }

    @SuppressWarnings("unchecked")
    private static boolean install() {
        try {
            Field f = FilterFactory.class.getDeclaredField("filters");
            f.setAccessible(true);
            Map<COSName, Filter> filters = (Map<COSName, Filter>) f.get(FilterFactory.INSTANCE);
            synchronized (filters) {
                filters.replaceAll((name, filter) -> filter instanceof Bounded ? filter : new Bounded(filter));
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /** One of PDFBox's filters, its decoded output bounded and cancellable. */
    private static final class Bounded extends Filter {
        private final Filter inner;

        Bounded(Filter inner) {
            this.inner = inner;
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
                throws IOException {
            return inner.decode(encoded, new Limited(decoded), parameters, index);
        }

        @Override
        public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
                                   DecodeOptions options) throws IOException {
            return inner.decode(encoded, new Limited(decoded), parameters, index, options);
        }

        @Override
        protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
            inner.encode(input, encoded, parameters, 0);
        }
    }

    /** Counts what a filter writes; past the limit, or once the document is cancelled, it throws. */
    private static final class Limited extends FilterOutputStream {
        private final Cancellation cancel = CURRENT.get();
        private long written;

        Limited(OutputStream out) {
            super(out);
        }

        private void count(long n) {
            written += n;
            if (written > MAX_DECODED_BYTES) {
                throw new TooLarge();
            }
            if (cancel != null) {
                cancel.check();
            }
        }

        @Override
        public void write(int b) throws IOException {
            count(1);
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count(len);
            out.write(b, off, len);
        }
    }
}

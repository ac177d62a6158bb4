package dev.xenlint.model;

/**
 * A vif {@code rate=} value as each toolstack computes it: the bytes a vif may
 * send per replenishment interval and the interval in microseconds, which are
 * what reaches the backend (libxl's {@code rate_bytes_per_interval} and
 * {@code rate_interval_usecs}).
 *
 * <p>xl (tools/libs/util/libxlu_vif.c, {@code xlu_vif_parse_rate}, at c447b7308b):
 * the rate must match {@code [0-9]+[GMK]?[Bb]/s} and the optional interval
 * after {@code @} {@code [0-9]+[mu]?s?}; each number is read with
 * {@code strtoull(.., 0)}, so a leading 0 makes it octal ({@code 010} is 8, and
 * {@code 09} reads as 0); a number that is 0 or above 2^32-1 is an overflow;
 * G, M and K are powers of 1000, {@code b} divides by 8; an interval without a
 * unit or with {@code s} is in seconds; the default interval is 50 ms. Any
 * error makes xl refuse the domain.
 *
 * <p>xm (tools/python/xen/xend/server/netif.py, {@code parseRate}, at e04254f7bc):
 * {@code ([0-9]+)([GMK]?)([Bb])/s(@([0-9]+)([mu]?)s)?}, decimal numbers; a
 * value that does not match, or whose result is 0 or does not fit in 32 bits,
 * silently means "unlimited".
 *
 * @param error null when the rate is good; else what is wrong, in xl's words where it has them
 */
public record VifRate(long bytesPerInterval, long intervalUsecs, String error) {

    private static final long UINT32_MAX = 0xffffffffL;

    static VifRate bad(String error) {
        return new VifRate(0, 0, error);
    }

    /** The rate as xl reads it. */
    public static VifRate xl(String text) {
        int at = text.indexOf('@');
        String rate = at < 0 ? text : text.substring(0, at);
        if (rate.isEmpty()) {
            return bad("no rate specified");
        }
        int i = digits(rate, 0);
        int unit = i;
        if (unit < rate.length() && "GMK".indexOf(rate.charAt(unit)) >= 0) {
            unit++;
        }
        if (i == 0 || !(rate.startsWith("b/s", unit) || rate.startsWith("B/s", unit)) || unit + 3 != rate.length()) {
            return bad("invalid rate");
        }
        long[] n = strtoull(rate, 0, i);
        if (n[0] == 0 || n[0] > UINT32_MAX) {
            return bad("rate overflow");
        }
        // libxlu looks at the char where strtoull stopped, which for "018Mb/s" is the 8
        long bytes = n[0];
        int end = (int) n[1];
        char c = rate.charAt(end);
        bytes *= c == 'G' ? 1_000_000_000L : c == 'M' ? 1_000_000L : c == 'K' ? 1000L : 1L;
        if (c == 'b' || rate.charAt(end + 1) == 'b') {
            bytes /= 8;
        }
        long interval = 50_000;
        if (at >= 0) {
            String s = text.substring(at + 1);
            int j = digits(s, 0);
            int k = j;
            if (k < s.length() && (s.charAt(k) == 'm' || s.charAt(k) == 'u')) {
                k++;
            }
            if (k < s.length() && s.charAt(k) == 's') {
                k++;
            }
            if (j == 0 || k != s.length()) {
                return bad("invalid replenishment interval");
            }
            long[] tn = strtoull(s, 0, j);
            long t = tn[0];
            if (t == 0 || t > UINT32_MAX) {
                return bad("replenishment interval overflow");
            }
            char u = tn[1] < s.length() ? s.charAt((int) tn[1]) : '\0';
            if (u == 's' || u == '\0') {
                t *= 1_000_000L;
            } else if (u == 'm') {
                t *= 1000L;
            }
            if (t > UINT32_MAX) {
                return bad("replenishment interval overflow");
            }
            interval = t;
        }
        // bytes <= 2^32 * 10^9 / 1 and interval < 2^32: the product fits in an unsigned 64-bit
        // number exactly when libxlu's overflow check passes; compute it exactly
        java.math.BigInteger product = java.math.BigInteger.valueOf(bytes).multiply(java.math.BigInteger.valueOf(interval));
        if (product.compareTo(java.math.BigInteger.ONE.shiftLeft(64)) >= 0) {
            return bad("rate overflow");
        }
        return new VifRate(product.divide(java.math.BigInteger.valueOf(1_000_000L)).longValue(), interval, null);
    }

    /** The rate as xm reads it; {@code error} says why xm falls back to unlimited. */
    public static VifRate xm(String text) {
        int i = digits(text, 0);
        int p = i;
        char prefix = p < text.length() && "GMK".indexOf(text.charAt(p)) >= 0 ? text.charAt(p++) : '\0';
        boolean ok = i > 0 && (text.startsWith("b/s", p) || text.startsWith("B/s", p));
        char unit = ok ? text.charAt(p) : '\0';
        p += 3;
        java.math.BigInteger interval = java.math.BigInteger.valueOf(50_000);
        if (ok && p < text.length()) {
            ok = text.charAt(p) == '@';
            int j = digits(text, p + 1);
            ok &= j > p + 1;
            int q = j;
            char u = q < text.length() && (text.charAt(q) == 'm' || text.charAt(q) == 'u') ? text.charAt(q++) : '\0';
            ok &= q + 1 == text.length() && text.charAt(q) == 's';
            if (ok) {
                interval = new java.math.BigInteger(text.substring(p + 1, j))
                        .multiply(java.math.BigInteger.valueOf(u == '\0' ? 1_000_000L : u == 'm' ? 1000L : 1L));
            }
        }
        if (!ok) {
            return bad("is not of the form N[GMK](b|B)/s[@N[m|u]s]");
        }
        java.math.BigInteger bytes = new java.math.BigInteger(text.substring(0, i))
                .multiply(java.math.BigInteger.valueOf(prefix == 'G' ? 1_000_000_000L : prefix == 'M' ? 1_000_000L
                        : prefix == 'K' ? 1000L : 1L));
        if (unit == 'b') {
            bytes = bytes.divide(java.math.BigInteger.valueOf(8));
        }
        java.math.BigInteger perInterval = bytes.multiply(interval).divide(java.math.BigInteger.valueOf(1_000_000L));
        java.math.BigInteger max = java.math.BigInteger.valueOf(UINT32_MAX);
        if (perInterval.signum() == 0 || perInterval.compareTo(max) > 0 || interval.signum() == 0
                || interval.compareTo(max) > 0) {
            return bad("is zero or too large per interval");
        }
        return new VifRate(perInterval.longValue(), interval.longValue(), null);
    }

    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /**
     * {@code strtoull(s + from, &end, 0)} over the decimal digits [from, to): octal
     * with a leading 0 (stopping at an 8 or 9). Returns {value, end}; a value past
     * 2^63 is given as {@code Long.MAX_VALUE}, which every caller refuses.
     */
    private static long[] strtoull(String s, int from, int to) {
        int radix = s.charAt(from) == '0' ? 8 : 10;
        java.math.BigInteger v = java.math.BigInteger.ZERO;
        int i = from;
        for (; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d >= radix) {
                break;
            }
            v = v.multiply(java.math.BigInteger.valueOf(radix)).add(java.math.BigInteger.valueOf(d));
        }
        return new long[] {v.bitLength() > 63 ? Long.MAX_VALUE : v.longValue(), i};
    }
}

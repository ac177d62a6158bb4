package dev.xenlint.fuzz;

import java.util.function.Predicate;

/**
 * Shrinks a failing input while it still fails the same way: drops chunks of halving size (a
 * simple delta debugging), then single bytes, within a budget of tries.
 */
final class Minimiser {

    private Minimiser() {
    }

    static byte[] minimise(byte[] input, Predicate<byte[]> fails, int budget) {
        byte[] current = input;
        int tries = 0;
        for (int chunk = Math.max(1, current.length / 2); chunk >= 1 && tries < budget; chunk /= 2) {
            boolean shrunk = true;
            while (shrunk && tries < budget) {
                shrunk = false;
                for (int at = 0; at + chunk <= current.length && tries < budget; ) {
                    byte[] candidate = without(current, at, at + chunk);
                    tries++;
                    if (fails.test(candidate)) {
                        current = candidate;
                        shrunk = true;
                    } else {
                        at += chunk;
                    }
                }
            }
        }
        return current;
    }

    private static byte[] without(byte[] b, int from, int to) {
        byte[] out = new byte[b.length - (to - from)];
        System.arraycopy(b, 0, out, 0, from);
        System.arraycopy(b, to, out, from, b.length - to);
        return out;
    }
}

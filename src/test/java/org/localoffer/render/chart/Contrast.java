package org.localoffer.render.chart;

/** The WCAG 2 contrast ratio between two sRGB colours, from their relative luminance. */
final class Contrast {

    private Contrast() {
    }

    /** Contrast of a "#rrggbb" colour against white. */
    static double againstWhite(String hex) {
        return ratio(hex, "#ffffff");
    }

    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Relative luminance as WCAG 2.2 defines it: 0.2126 R + 0.7152 G + 0.0722 B of the linearised channels. */
    static double luminance(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xff) + 0.7152 * channel((rgb >> 8) & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}

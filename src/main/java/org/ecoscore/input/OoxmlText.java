package org.ecoscore.input;

/** Decoding of the {@code _xHHHH_} escapes OOXML uses for characters XML cannot hold (ECMA-376 §22.9.2.19). */
final class OoxmlText {
    private OoxmlText() {
    }

    static String unescape(String s) {
        int i = s.indexOf("_x");
        if (i < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int from = 0;
        while (i >= 0) {
            if (i + 7 <= s.length() && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                sb.append(s, from, i).append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                from = i + 7;
                i = s.indexOf("_x", from);
            } else {
                i = s.indexOf("_x", i + 1);
            }
        }
        return sb.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) return false;
        }
        return true;
    }
}

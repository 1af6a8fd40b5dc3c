package com.topcoins.chaos.report;

/**
 * Puts the generated report into a document between two marker lines and leaves the rest of the document
 * as it was; a document without the markers gets them, under a short heading and introduction, at its end.
 */
public final class Splice {

    public static final String BEGIN = "<!-- chaos:begin -->";
    public static final String END = "<!-- chaos:end -->";

    private Splice() {}

    public static String splice(String document, String generated, String introduction) {
        String body = generated.endsWith("\n") ? generated : generated + "\n";
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin >= 0 && end > begin) {
            int afterBegin = document.indexOf('\n', begin);
            afterBegin = afterBegin < 0 || afterBegin > end ? begin + BEGIN.length() : afterBegin + 1;
            String head = document.substring(0, afterBegin);
            if (!head.endsWith("\n")) {
                head += "\n";
            }
            return head + body + document.substring(end);
        }
        if (begin >= 0 || end >= 0) {
            throw new IllegalArgumentException("the document has only one of the markers " + BEGIN + " and " + END
                    + ", or them in the wrong order: fix it by hand");
        }
        String head = document.isEmpty() || document.endsWith("\n") ? document : document + "\n";
        return head + "\n" + introduction.strip() + "\n\n" + BEGIN + "\n" + body + END + "\n";
    }
}

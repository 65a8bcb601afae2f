package org.localoffer.check;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.util.ast.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.localoffer.content.Page;
import org.localoffer.problem.Problems;

/**
 * Images must exist in content/, say in words what they show (WCAG 1.1.1), and be small enough
 * to load quickly on a phone.
 */
public final class ImageCheck implements PageRule {

    public static final long LARGEST_BYTES = 500 * 1024;
    static final Set<String> USELESS_ALT = Set.of("image", "photo", "photograph", "picture", "pic", "img", "graphic",
            "icon", "logo", "screenshot", "alt", "alt text");

    @Override
    public void check(PageText text, CheckContext context, Problems problems) {
        for (Node node : text.nodes()) {
            if (node instanceof Image image) {
                check(image, text, context, problems);
            }
        }
    }

    private static void check(Image image, PageText text, CheckContext context, Problems problems) {
        String src = image.getUrl().toString().strip();
        String alt = image.getText().toString().strip();
        String path = text.path();
        int line = text.line(image);
        int column = text.column(image);
        String name = src.substring(src.lastIndexOf('/') + 1);
        if (alt.isEmpty()) {
            problems.error(path, line, column, "the image '" + src + "' has no alt text. Write what the image shows "
                    + "between the square brackets, like ![The school bus outside Millbrook School](" + src + ").");
        } else if (isUseless(alt, name)) {
            problems.warning(path, line, column, "the alt text '" + alt + "' does not say what the image shows. "
                    + "Describe it in a few words, like ![The school bus outside Millbrook School](" + src + ").");
        }
        if (src.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            if (src.toLowerCase(Locale.ROOT).startsWith("http")) {
                problems.error(path, line, column, "the image '" + src + "' is on another website, and pages here make no "
                        + "requests to other websites. Save the image in content/ and link to it there.");
            }
            return;
        }
        String sourcePath = resolve(text.page().sourcePath(), src);
        if (sourcePath == null) {
            problems.error(path, line, column, "the image '" + src + "' is outside the content folder. "
                    + "Save it in content/ and link to it there.");
            return;
        }
        Path file = context.source().resolve(Page.CONTENT_FOLDER).resolve(sourcePath);
        if (!Files.isRegularFile(file)) {
            problems.error(path, line, column, "the image '" + src + "' goes to " + Page.CONTENT_FOLDER + "/" + sourcePath
                    + ", which does not exist. Check the file name and folder.");
            return;
        }
        try {
            long size = Files.size(file);
            if (size > LARGEST_BYTES) {
                problems.warning(path, line, column, "the image " + Page.CONTENT_FOLDER + "/" + sourcePath + " is "
                        + (size + 1023) / 1024 + " KB, more than 500 KB, so the page loads slowly on a phone. "
                        + "Make it smaller, for example 1200 pixels wide and saved as JPEG.");
            }
        } catch (IOException e) {
            problems.error(path, line, column, "the image " + Page.CONTENT_FOLDER + "/" + sourcePath
                    + " cannot be read (" + e.getMessage() + "). Check the file.");
        }
    }

    private static boolean isUseless(String alt, String fileName) {
        String a = alt.toLowerCase(Locale.UK).replaceAll("[.!]+$", "");
        String file = fileName.toLowerCase(Locale.UK);
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        return USELESS_ALT.contains(a) || a.equals(file) || a.equals(stem)
                || a.equals(stem.replace('-', ' ').replace('_', ' '));
    }

    /** The path under content/ of an image written relative to a page, or null if it leaves content/. */
    static String resolve(String fromSource, String src) {
        String target = src.replace("%20", " ");
        int cut = target.indexOf('?') >= 0 ? target.indexOf('?') : target.indexOf('#');
        if (cut >= 0) {
            target = target.substring(0, cut);
        }
        Deque<String> parts = new ArrayDeque<>();
        if (!target.startsWith("/")) {
            String[] from = fromSource.split("/");
            for (int i = 0; i < from.length - 1; i++) {
                parts.addLast(from[i]);
            }
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}

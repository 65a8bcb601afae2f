package org.localoffer.content;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.localoffer.problem.Problems;

/**
 * Walks content/ and reads every Markdown file. Files in content/data/ are data, not pages;
 * any other file is an asset published as it is. Hidden files are ignored.
 */
public final class ContentReader {

    public static final String DATA_FOLDER = "data";

    private final PageReader pageReader;

    public ContentReader(PageReader pageReader) {
        this.pageReader = pageReader;
    }

    public SiteContent read(Path siteRoot, Problems problems) throws IOException {
        Path contentRoot = siteRoot.resolve(Page.CONTENT_FOLDER);
        if (!Files.isDirectory(contentRoot)) {
            problems.error(Page.CONTENT_FOLDER, 0, "there is no content folder. Create " + Page.CONTENT_FOLDER
                    + "/ next to site.yml and put the Markdown pages in it.");
            return new SiteContent(List.of(), List.of(), List.of());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> markdown = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        for (Path file : files) {
            String relative = contentRoot.relativize(file).toString().replace('\\', '/');
            if (isHidden(relative) || relative.startsWith(DATA_FOLDER + "/")) {
                continue;
            }
            if (relative.endsWith(".md")) {
                markdown.add(relative);
            } else {
                assets.add(relative);
            }
        }
        // Pages are independent of each other, so they are read on every core; the order stays the files' order.
        // Each page gets its own findings, because the reader asks whether *it* found an error.
        List<Optional<Page>> read = markdown.parallelStream().map(relative -> {
            Problems own = new Problems();
            try {
                return readPage(contentRoot, relative, own);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                problems.addAll(own);
            }
        }).toList();
        List<Page> pages = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            if (read.get(i).isPresent()) {
                pages.add(read.get(i).get());
            } else {
                unreadable.add(markdown.get(i));
            }
        }
        reportUrlClashes(pages, problems);
        return new SiteContent(List.copyOf(pages), List.copyOf(assets), List.copyOf(unreadable));
    }

    /**
     * Reads one page, as a build reads it: strict UTF-8, then the front matter and body.
     *
     * @param contentRoot the site's content folder
     * @param relative    the page's path under it, with forward slashes
     * @return empty when the page cannot be read; the problems say why
     */
    public Optional<Page> readPage(Path contentRoot, String relative, Problems problems) throws IOException {
        Path file = contentRoot.resolve(relative);
        String text = utf8(Files.readAllBytes(file));
        if (text == null) {
            problems.error(Page.CONTENT_FOLDER + "/" + relative, 0,
                    "the file is not UTF-8 text. Save it as UTF-8 in your editor.");
            return Optional.empty();
        }
        return pageReader.read(relative, text, problems);
    }

    /**
     * The text of UTF-8 bytes, or null when they are not UTF-8. The String constructor decodes far faster than a
     * decoder (ASCII is only copied), but puts U+FFFD in place of what is not UTF-8; text with no U+FFFD in it was
     * UTF-8 throughout, and any other text is decoded again strictly, to tell a U+FFFD written in the file from one
     * put in.
     */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static void reportUrlClashes(List<Page> pages, Problems problems) {
        Map<String, Page> byUrl = new HashMap<>();
        for (Page page : pages) {
            Page other = byUrl.putIfAbsent(page.url(), page);
            if (other != null) {
                problems.error(page.editorPath(), 1, "this page and " + other.editorPath()
                        + " would both be published at " + page.url() + ". Rename or move one of them.");
            }
        }
    }
}

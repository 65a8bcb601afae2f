package org.localoffer.render;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated change for "What's changed" and the Atom feeds: a news page, or an entry in a page's
 * {@code changes:} list.
 *
 * @param title      the page's title
 * @param note       what changed: the news summary or the change note
 * @param url        the page the change is about
 * @param categories the page's categories, which decide the category feeds it appears in
 * @param id         a permanent, unique id for the feed entry, such as https://host/services/x/#change-2026-10-01
 */
public record ChangeNote(LocalDate date, String title, String note, String url, List<String> categories, String id) {
}

package org.localoffer.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.localoffer.data.WaitFigure;
import org.localoffer.data.WaitingData;
import org.localoffer.data.WaitingDataReader;
import org.localoffer.problem.Problems;

/**
 * Imports an NHS England CHS waiting-list file into a site's content/data/waiting-times.csv.
 * Either the whole import works and the file is replaced in one step, or nothing is written.
 */
public final class WaitingTimesImporter {

    private final YearMonth currentMonth;

    /** @param currentMonth figures for later months are refused as being in the future */
    public WaitingTimesImporter(YearMonth currentMonth) {
        this.currentMonth = currentMonth;
    }

    /** What was imported. */
    public record Summary(int imported, int added, int replaced, YearMonth firstMonth, YearMonth lastMonth) {
        /** "Imported 30 rows (0 new, 30 replaced) for months 2026-07 to 2026-09 into content/data/waiting-times.csv." */
        public String message() {
            String months = firstMonth.equals(lastMonth) ? "month " + firstMonth : "months " + firstMonth + " to " + lastMonth;
            return "Imported " + imported + (imported == 1 ? " row" : " rows") + " (" + added + " new, " + replaced + " replaced) for "
                    + months + " into " + WaitingData.WAITS_FILE + ".";
        }
    }

    /**
     * @param siteRoot     the site folder, with site.yml and content/
     * @param input        the NHS CHS CSV file
     * @param inputLabel   how to name the input in messages
     * @param mapping      the mapping file
     * @param mappingLabel how to name the mapping in messages
     * @return the summary, or empty when there were errors (all reported to problems) and nothing was written
     */
    public Optional<Summary> importNhsChs(Path siteRoot, Path input, String inputLabel, Path mapping, String mappingLabel,
                                         Problems problems) {
        int before = problems.errorCount();
        SiteKeys keys = SiteKeys.read(siteRoot, problems);
        if (problems.errorCount() > before) {
            return Optional.empty();
        }
        Optional<ChsMapping> map = new ChsMappingReader(keys.services(), keys.areas()).read(mapping, mappingLabel, problems);
        List<WaitFigure> imported = List.of();
        Optional<String> inputText = readText(input, inputLabel, problems, "Check the file name and folder.");
        if (map.isPresent() && inputText.isPresent()) {
            imported = new NhsChsReader(map.get(), currentMonth).read(inputText.get(), inputLabel, problems);
        }

        Path target = siteRoot.resolve(WaitingData.WAITS_FILE);
        String existingText = "";
        if (Files.exists(target)) {
            Optional<String> read = readText(target, WaitingData.WAITS_FILE, problems, "Check that it is UTF-8 text.");
            if (read.isEmpty()) {
                return Optional.empty();
            }
            existingText = read.get();
        }
        Set<String> services = new TreeSet<>(keys.services());
        map.ifPresent(m -> m.services().forEach(s -> services.add(s.service())));
        services.addAll(servicesIn(existingText));
        WaitingDataReader reader = new WaitingDataReader(services, keys.areas(), currentMonth);
        List<WaitFigure> existing = existingText.isBlank() ? List.of()
                : reader.readWaits(existingText, WaitingData.WAITS_FILE, problems);
        if (problems.errorCount() > before || imported.isEmpty()) {
            return Optional.empty();
        }

        WaitingTimesMerge.Result merged = WaitingTimesMerge.merge(existingText, existing, imported);
        Problems recheck = new Problems();
        reader.readWaits(merged.text(), WaitingData.WAITS_FILE, recheck);
        if (recheck.hasErrors()) {
            problems.addAll(recheck);
            return Optional.empty();
        }
        try {
            writeAtomically(target, merged.text());
        } catch (IOException | UncheckedIOException e) {
            problems.error(WaitingData.WAITS_FILE, 0, "this file cannot be written (" + e.getMessage()
                    + "). Check that you can write to the folder content/data; the file has not been changed.");
            return Optional.empty();
        }
        return Optional.of(new Summary(merged.imported(), merged.added(), merged.replaced(), merged.firstMonth(), merged.lastMonth()));
    }

    private static Optional<String> readText(Path file, String label, Problems problems, String whatToDo) {
        if (!Files.isRegularFile(file)) {
            problems.error(label, 0, "this file does not exist. " + whatToDo);
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            problems.error(label, 0, "this file cannot be read (" + e.getMessage() + "). Check that it is UTF-8 text.");
            return Optional.empty();
        }
    }

    /** The service keys the existing file uses, so that its rows are kept even when no page shows them yet. */
    private static Set<String> servicesIn(String text) {
        Set<String> out = new TreeSet<>();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (Reader reader = new StringReader(t); CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > 1 && record.size() > 1) {
                    out.add(record.get(1).strip());
                }
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            // readWaits reports unreadable CSV
        }
        return out;
    }

    /** Writes to a temporary file in the same folder, then moves it over the target in one step. */
    static void writeAtomically(Path target, String text) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}

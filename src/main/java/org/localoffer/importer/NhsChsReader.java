package org.localoffer.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.localoffer.data.WaitFigure;
import org.localoffer.problem.Problems;

/**
 * Reads NHS England's Community Health Services waiting-list CSV in its long format (one row per
 * organisation, month, service line and metric) and turns the rows the mapping asks for into one
 * figure per month, service and area.
 *
 * <p>Columns are found by name, so their order does not matter. Metrics are found by their
 * {@code MetricDescription} label (see {@link WaitBand}); other metrics, such as the mean wait,
 * are ignored, as are rows for providers and service lines the mapping does not list. When more
 * than one provider or service line feeds the same service and area, their counts are added up
 * before the median is worked out. The median and longest wait come from {@link BandEstimate}.
 */
public final class NhsChsReader {

    public static final List<String> HEADER = List.of("Period", "Month", "OrgRef", "OrgName", "Region_Name", "STP_Code",
            "STP_Name", "Service", "ServiceType", "MetricID", "MetricDescription", "TextResponses", "MetricValue");

    /** The columns the import reads; the others may be missing or renamed. */
    static final List<String> USED = List.of("Period", "OrgRef", "OrgName", "Service", "MetricDescription", "MetricValue");

    private static final List<WaitBand> LOWER_BANDS = List.of(WaitBand.W0_1, WaitBand.W1_2, WaitBand.W2_4, WaitBand.W4_12,
            WaitBand.W12_18, WaitBand.W18_52);
    private static final Pattern WHOLE = Pattern.compile("\\d+(\\.0+)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final String TOTAL = "total";

    private final ChsMapping mapping;
    private final YearMonth currentMonth;

    public NhsChsReader(ChsMapping mapping, YearMonth currentMonth) {
        this.mapping = mapping;
        this.currentMonth = currentMonth;
    }

    /** The figures for the mapped rows, or an empty list when the file has errors (reported to problems). */
    public List<WaitFigure> read(String text, String path, Problems problems) {
        int before = problems.errorCount();
        Map<GroupKey, Group> groups = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Set<String> troubled = new HashSet<>();
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        try (Reader reader = new StringReader(t); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> columns = null;
            int width = 0;
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber();
                if (columns == null) {
                    columns = columns(record, path, line, problems);
                    if (columns == null) {
                        return List.of();
                    }
                    width = record.size();
                    continue;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != width) {
                    problems.error(path, line, "this line has " + record.size() + " values but the first line names " + width
                            + " columns. Give one value for each column, separated by commas, and put values containing "
                            + "commas in double quotes.");
                    continue;
                }
                row(new Row(record, columns, line), path, groups, seen, troubled, problems);
            }
            if (columns == null) {
                problems.error(path, 1, "the file is empty. Use NHS England's CHS waiting-list CSV, which starts with the "
                        + "column names " + String.join(",", HEADER) + ".");
                return List.of();
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            problems.error(path, 0, "this CSV cannot be read: " + e.getMessage() + ". Check the quotes on each line.");
            return List.of();
        }
        for (Group group : groups.values()) {
            // a row with a bad period or value would otherwise also be reported as missing
            if (!troubled.contains(pair(group.key.provider(), group.key.service()))) {
                group.check(path, problems);
            }
        }
        if (problems.errorCount() > before) {
            return List.of();
        }
        if (groups.isEmpty()) {
            problems.error(path, 0, "no row is for both a provider and a service line in the mapping, so there is nothing to "
                    + "import. Check the OrgRef, OrgName and Service columns against the 'org' and 'nhs' entries of the mapping.");
            return List.of();
        }
        return figures(groups.values());
    }

    private static Map<String, Integer> columns(CSVRecord header, String path, int line, Problems problems) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = USED.stream().filter(h -> !byName.containsKey(h.toLowerCase(Locale.ROOT))).toList();
        if (missing.isEmpty()) {
            return byName;
        }
        problems.error(path, line, "the first line should be the column names of NHS England's CHS waiting-list CSV, "
                + String.join(",", HEADER) + ", but it has no " + andList(missing, false) + " column. Check that this is "
                + "the long-format CHS file, with one row per organisation, month, service and metric, and that its "
                + "column names are on the first line.");
        return null;
    }

    private void row(Row row, String path, Map<GroupKey, Group> groups, Map<String, Integer> seen, Set<String> troubled,
                     Problems problems) {
        String orgRef = row.get("OrgRef");
        Optional<ChsMapping.Provider> provider = mapping.provider(orgRef, row.get("OrgName"));
        Optional<ChsMapping.Service> service = mapping.service(row.get("Service"));
        if (provider.isEmpty() || service.isEmpty()) {
            return;
        }
        String label = row.get("MetricDescription");
        Optional<WaitBand> band = WaitBand.byLabel(label);
        if (band.isEmpty() && !WaitBand.isTotal(label)) {
            return;
        }
        int errors = problems.errorCount();
        String periodText = row.get("Period");
        Optional<YearMonth> period = ChsPeriod.parse(periodText);
        if (period.isEmpty()) {
            problems.error(path, row.line(), "the period '" + periodText + "' is not a month. " + ChsPeriod.HOW + ".");
        } else if (period.get().isAfter(currentMonth)) {
            problems.error(path, row.line(), "the period " + period.get() + " is in the future. Check the Period column; "
                    + "figures can only be for months that have happened.");
        }
        String valueText = row.get("MetricValue");
        Optional<Integer> value = count(valueText);
        if (value.isEmpty()) {
            problems.error(path, row.line(), "the MetricValue for '" + label + "' must be a whole number of 0 or more, not '"
                    + valueText + "'. Check the figure in NHS England's file; a blank, suppressed or negative count cannot be imported.");
        }
        if (problems.errorCount() > errors) {
            troubled.add(pair(provider.get(), service.get()));
            return;
        }
        String metric = band.map(Enum::name).orElse(TOTAL);
        String key = ChsText.normalise(provider.get().org()) + "|" + period.get() + "|" + ChsText.normalise(service.get().nhs())
                + "|" + metric;
        Integer first = seen.putIfAbsent(key, row.line());
        if (first != null) {
            problems.error(path, row.line(), "there is already a row for " + orgRef + ", '" + row.get("Service") + "', "
                    + period.get() + ", '" + label + "' (line " + first + "). Keep one row per organisation, period, service "
                    + "and metric.");
            return;
        }
        Group group = groups.computeIfAbsent(new GroupKey(provider.get(), service.get(), period.get()),
                k -> new Group(k, orgRef, row.line()));
        if (band.isPresent()) {
            group.bands.put(band.get(), (long) value.get());
        } else {
            group.total = (long) value.get();
            group.totalLine = row.line();
        }
    }

    private static String pair(ChsMapping.Provider provider, ChsMapping.Service service) {
        return ChsText.normalise(provider.org()) + "|" + ChsText.normalise(service.nhs());
    }

    static Optional<Integer> count(String text) {
        String t = text.strip();
        if (THOUSANDS.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (!WHOLE.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(t).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<WaitFigure> figures(Iterable<Group> groups) {
        Map<FigureKey, List<Group>> byFigure = new LinkedHashMap<>();
        for (Group g : groups) {
            byFigure.computeIfAbsent(new FigureKey(g.key.month(), g.key.service().service(), g.key.provider().area()),
                    k -> new ArrayList<>()).add(g);
        }
        List<WaitFigure> out = new ArrayList<>();
        for (Map.Entry<FigureKey, List<Group>> e : byFigure.entrySet()) {
            List<Group> parts = e.getValue();
            boolean split = parts.stream().allMatch(Group::split);
            List<WaitBand> order = new ArrayList<>(LOWER_BANDS);
            if (split) {
                order.add(WaitBand.W52_104);
                order.add(WaitBand.W104_PLUS);
            } else {
                order.add(WaitBand.W52_PLUS);
            }
            List<BandEstimate.Band> bands = new ArrayList<>();
            for (WaitBand band : order) {
                bands.add(BandEstimate.Band.of(band, parts.stream().mapToLong(g -> g.count(band)).sum()));
            }
            BandEstimate estimate = BandEstimate.of(bands);
            long waiting = parts.stream().mapToLong(g -> g.total).sum();
            int line = parts.stream().mapToInt(g -> g.firstLine).min().orElse(0);
            out.add(new WaitFigure(e.getKey().month(), e.getKey().service(), e.getKey().area(), Math.toIntExact(waiting),
                    oneDecimal(estimate.medianWeeks()), oneDecimal(estimate.longestWeeks()), line));
        }
        out.sort(Comparator.comparing(WaitFigure::month).thenComparing(WaitFigure::service).thenComparing(WaitFigure::area));
        return out;
    }

    /** a, b and c; each in single quotes when asked. */
    static String andList(List<String> items, boolean quote) {
        List<String> quoted = items.stream().map(i -> quote ? "'" + i + "'" : i).toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    static double oneDecimal(double weeks) {
        return BigDecimal.valueOf(weeks).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private record GroupKey(ChsMapping.Provider provider, ChsMapping.Service service, YearMonth month) {
    }

    private record FigureKey(YearMonth month, String service, String area) {
    }

    /** The rows of one provider, service line and month. */
    private static final class Group {
        final GroupKey key;
        final String orgRef;
        final int firstLine;
        final EnumMap<WaitBand, Long> bands = new EnumMap<>(WaitBand.class);
        Long total;
        int totalLine;

        Group(GroupKey key, String orgRef, int firstLine) {
            this.key = key;
            this.orgRef = orgRef;
            this.firstLine = firstLine;
        }

        boolean split() {
            return bands.containsKey(WaitBand.W52_104) && bands.containsKey(WaitBand.W104_PLUS);
        }

        /** A band's count; an unsplit top band adds up the split ones when this group has them. */
        long count(WaitBand band) {
            if (band == WaitBand.W52_PLUS && split()) {
                return bands.get(WaitBand.W52_104) + bands.get(WaitBand.W104_PLUS);
            }
            return bands.getOrDefault(band, 0L);
        }

        void check(String path, Problems problems) {
            List<String> bandsMissing = new ArrayList<>();
            if (total == null) {
                bandsMissing.add(WaitBand.TOTAL_LABEL);
            }
            LOWER_BANDS.stream().filter(b -> !bands.containsKey(b)).forEach(b -> bandsMissing.add(b.label()));
            boolean has52 = bands.containsKey(WaitBand.W52_PLUS);
            boolean has52to104 = bands.containsKey(WaitBand.W52_104);
            boolean has104 = bands.containsKey(WaitBand.W104_PLUS);
            String top = null;
            if (!has52 && !has52to104 && !has104) {
                top = "'" + WaitBand.W52_PLUS.label() + "' (or '" + WaitBand.W52_104.label() + "' and '"
                        + WaitBand.W104_PLUS.label() + "')";
            } else if (!has52 && !has104) {
                bandsMissing.add(WaitBand.W104_PLUS.label());
            } else if (!has52 && !has52to104) {
                bandsMissing.add(WaitBand.W52_104.label());
            }
            List<String> missing = new ArrayList<>(bandsMissing.stream().map(b -> "'" + b + "'").toList());
            if (top != null) {
                missing.add(top);
            }
            String what = orgRef + " '" + key.service().nhs() + "' in " + key.month();
            if (!missing.isEmpty()) {
                problems.error(path, firstLine, what + " has no row for " + andList(missing, false)
                        + ". Add the missing rows from NHS England's file; a band with nobody in it needs a row with MetricValue 0.");
                return;
            }
            long sum = LOWER_BANDS.stream().mapToLong(this::count).sum() + count(WaitBand.W52_PLUS);
            if (Math.abs(sum - total) > 1) {
                problems.warning(path, totalLine, "the total waiting list for " + what + " is " + total + ", but the wait bands add up to "
                        + sum + ". The import uses " + total + " as the number waiting and the bands for the median and longest "
                        + "waits; check the figures with the provider.");
            }
        }
    }

    private record Row(CSVRecord record, Map<String, Integer> columns, int line) {
        String get(String column) {
            Integer i = columns.get(column.toLowerCase(Locale.ROOT));
            return i != null && i < record.size() ? record.get(i).strip() : "";
        }
    }
}

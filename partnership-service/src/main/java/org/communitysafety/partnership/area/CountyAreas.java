package org.communitysafety.partnership.area;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local authority areas of the county (ONS GSS codes), from
 * {@code reference/northamptonshire-areas.csv}: the county, its seven districts and the
 * two unitary authorities that succeeded them in 2021. A code the register accepts must
 * be one of these, not merely look like one.
 */
public final class CountyAreas {

    static final String RESOURCE = "/reference/northamptonshire-areas.csv";

    private static final Map<String, String> NAMES = read();

    private CountyAreas() {
    }

    public static boolean isKnown(String gssCode) {
        return gssCode != null && NAMES.containsKey(gssCode);
    }

    private static Map<String, String> read() {
        Map<String, String> names = new LinkedHashMap<>();
        try (var in = CountyAreas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The county reference " + RESOURCE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] columns = line.split(",", -1);
                if (columns.length > 1 && !columns[0].isBlank()) {
                    names.put(columns[0].trim(), columns[1].trim());
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return Map.copyOf(names);
    }

}

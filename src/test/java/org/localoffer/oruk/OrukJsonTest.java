package org.localoffer.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON written straight to a generator, and records nested as text, read exactly as the trees they replaced. */
class OrukJsonTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static ObjectNode tree(int n) {
        ObjectNode o = JSON.objectNode();
        o.put("id", "record " + n);
        o.put("text", "Quotes \" back\\slash\ttab\nline é 𝐀 \u2028 </script> & <");
        o.putNull("none");
        o.put("count", n);
        o.put("yes", n % 2 == 0);
        o.putArray("empty");
        o.putObject("nothing");
        ArrayNode list = o.putArray("list");
        list.addObject().put("a", 1).putArray("b").add("c").add(2);
        list.add("d");
        return o;
    }

    private static String streamed(int n) {
        return OrukJson.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("id", "record " + n);
            json.writeStringField("text", "Quotes \" back\\slash\ttab\nline é 𝐀 \u2028 </script> & <");
            json.writeStringField("none", null);
            json.writeNumberField("count", n);
            json.writeBooleanField("yes", n % 2 == 0);
            json.writeArrayFieldStart("empty");
            json.writeEndArray();
            json.writeObjectFieldStart("nothing");
            json.writeEndObject();
            json.writeArrayFieldStart("list");
            json.writeStartObject();
            json.writeNumberField("a", 1);
            json.writeArrayFieldStart("b");
            json.writeString("c");
            json.writeNumber(2);
            json.writeEndArray();
            json.writeEndObject();
            json.writeString("d");
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** The paged list as it was made before: one tree holding every record, written once. */
    private static String pageOfTrees(List<ObjectNode> records) {
        ArrayNode contents = JSON.arrayNode();
        records.forEach(contents::add);
        ObjectNode p = JSON.objectNode();
        p.put("total_items", contents.size());
        p.put("total_pages", 1);
        p.put("page_number", 1);
        p.put("size", contents.size());
        p.put("first_page", true);
        p.put("last_page", true);
        p.put("empty", contents.isEmpty());
        p.set("contents", contents);
        return OrukTrees.pretty(p);
    }

    @Test
    void writingToAGeneratorGivesTheTextOfTheTree() {
        for (int n = 0; n < 3; n++) {
            assertEquals(OrukTrees.pretty(tree(n)), streamed(n));
        }
    }

    @Test
    void aPageOfRecordTextsIsThePageOfTheirTrees(@TempDir Path dir) throws Exception {
        List<ObjectNode> trees = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            assertEquals(pageOfTrees(trees), OrukJson.pretty(OrukExporter.page(texts)), n + " records");
            Path file = dir.resolve("page.json");
            OrukJson.writePretty(file, OrukExporter.page(texts));
            assertEquals(pageOfTrees(trees), Files.readString(file, StandardCharsets.UTF_8), n + " records in a file");
            trees.add(tree(n));
            texts.add(streamed(n));
        }
    }
}

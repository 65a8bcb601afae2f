package org.localoffer.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official Open Referral UK 3.0 JSON schemas (src/test/resources/oruk/schema, see its README), with
 * format checks (uuid, uri, email, date-time) switched on. The schemas carry data-package keywords such as
 * "constraints" and "core" that are not JSON Schema; they are registered as annotations.
 */
final class OrukSchemas {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchema SERVICE = load("service.json");
    static final JsonSchema SERVICE_LIST_ITEM = load("service_list.json");
    static final JsonSchema PHONE = load("phone.json");
    static final JsonSchema TAXONOMY = load("taxonomy.json");
    static final JsonSchema TAXONOMY_TERM = load("taxonomy_term.json");

    private OrukSchemas() {
    }

    /** Every schema error, as "where: message" lines; empty when the record is valid. */
    static List<String> errors(JsonSchema schema, JsonNode record) {
        return schema.validate(record).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private static JsonSchema load(String name) {
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV7())
                .keywords(Stream.of("name", "constraints", "core", "example", "datapackage_metadata", "datapackage_type",
                        "tabular_required", "path").map(NonValidationKeyword::new).toList())
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7))
                .metaSchema(meta).defaultMetaSchemaIri(meta.getIri()).build();
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        // Loaded by location, so that relative references such as "language.json" resolve next to it.
        return factory.getSchema(SchemaLocation.of("classpath:oruk/schema/" + name), config);
    }
}

package dev.pcf.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * The ProductFootprint schema of an official PACT OpenAPI 3.1 document (src/test/resources/pact),
 * as a JSON Schema 2020-12 whose root is {@code $ref: #/components/schemas/ProductFootprint} and
 * which carries the document's {@code components}, so the internal references resolve.
 */
final class PactSchema {
    static final ObjectMapper JSON = new ObjectMapper();
    private final JsonSchema schema;

    private PactSchema(JsonSchema schema) {
        this.schema = schema;
    }

    /** The schema of PACT v3 (3.0.3) or v2 (2.3.3). */
    static PactSchema of(int version) {
        JsonNode spec = read("/pact/v" + version + "/openapi.yaml", new ObjectMapper(new YAMLFactory()));
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://pcf.invalid/pact/v" + version + "/product-footprint");
        root.put("$ref", "#/components/schemas/ProductFootprint");
        root.set("components", spec.get("components"));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return new PactSchema(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config));
    }

    /** Every violation, as text; empty when the document is valid. */
    List<String> violations(JsonNode doc) {
        Set<ValidationMessage> errors = schema.validate(doc);
        return errors.stream().map(ValidationMessage::toString).sorted().toList();
    }

    static JsonNode read(String resource) {
        return read(resource, JSON);
    }

    private static JsonNode read(String resource, ObjectMapper mapper) {
        try (InputStream in = PactSchema.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.pcf.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pcf.model.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a workbook as JSON, as the HTTP API of {@code pcf serve} answers them
 * ({@code cli-contract.md} v1.1): {@code {"ok": bool, "problems": [{"severity": "error"|"warning",
 * "cell": "'活动数据 Activity'!D7"|null, "message": "…"}]}}, {@code ok} when no problem is an error.
 * The messages are those the command line prints, without the cell in front.
 */
public final class ProblemsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemsJson() {}

    /** The JSON text (one line, UTF-8 when encoded; non-ASCII characters kept as they are). */
    public static String write(List<Problem> problems) {
        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("severity", p.isError() ? "error" : "warning");
            o.put("cell", p.cell() == null ? null : p.cell().toString());
            o.put("message", p.message());
            list.add(o);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ok", problems.stream().noneMatch(Problem::isError));
        root.put("problems", list);
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the problems JSON", e);
        }
    }
}

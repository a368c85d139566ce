package dev.pcf.render;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.standard.expression.StandardExpressions;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Thymeleaf's {@code ${…}} evaluator with a short path for what the report templates almost only write: a
 * variable and a chain of accessor calls on the view model, {@code ${view.cover().title()}}. OGNL runs those
 * through its reflection and Thymeleaf's member checks at every call (≈ half of the template's ≈ 14 ms per report
 * under C1); here the public no-argument method of a public class of {@code dev.pcf.report} is looked up once
 * and called. The result is the same object, converted to text as Thymeleaf converts it. Everything else — other
 * expressions, other classes, a null or missing value on the way, selection expressions — goes to Thymeleaf's
 * OGNL evaluator unchanged. Thread-safe.
 */
final class ViewExpressions implements IStandardVariableExpressionEvaluator {
    /** Variable names Thymeleaf's OGNL property accessor gives a meaning of its own. */
    private static final Set<String> SPECIAL = Set.of("param", "session", "application");
    private static final String MODEL_PACKAGE = "dev.pcf.report";

    /** A variable and the accessors called on it in turn. */
    record Chain(String variable, List<String> methods) {}

    static final Chain NOT_A_CHAIN = new Chain("", List.of());

    /** Per class, its accessors by name: the public no-argument methods of a public view-model class, else none. */
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            if (Modifier.isPublic(type.getModifiers()) && MODEL_PACKAGE.equals(type.getPackageName())) {
                for (Method m : type.getMethods()) {
                    if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                            && m.getReturnType() != void.class) {
                        accessors.put(m.getName(), noArgMethod(type, m.getName()));
                    }
                }
            }
            return Map.copyOf(accessors);
        }
    };

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, Chain> chains = new ConcurrentHashMap<>();
    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext expContext) {
        String text = expression.getExpression();
        Chain chain = text == null ? NOT_A_CHAIN : chains.computeIfAbsent(text, ViewExpressions::parse);
        if (chain == NOT_A_CHAIN || expression.getUseSelectionAsRoot() || SPECIAL.contains(chain.variable())
                || !context.containsVariable(chain.variable())) {
            return ognl.evaluate(context, expression, expContext);
        }
        Object value = context.getVariable(chain.variable());
        for (String name : chain.methods()) {
            Method m = value == null ? null : ACCESSORS.get(value.getClass()).get(name);
            if (m == null) {
                return ognl.evaluate(context, expression, expContext);
            }
            try {
                value = m.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateProcessingException("Exception evaluating expression: \"" + text + "\"", e);
            }
        }
        if (!expContext.getPerformTypeConversion()) {
            return value;
        }
        return StandardExpressions.getConversionService(context.getConfiguration()).convert(context, value, String.class);
    }

    /** The method {@code Class.getMethod(name)} finds (the most specific return type among bridges). */
    private static Method noArgMethod(Class<?> type, String name) {
        try {
            return type.getMethod(name);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code name(.name())*} with Java identifiers, else {@link #NOT_A_CHAIN}. */
    static Chain parse(String text) {
        String[] parts = text.strip().split("\\.", -1);
        if (!isIdentifier(parts[0])) {
            return NOT_A_CHAIN;
        }
        String[] names = new String[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (!p.endsWith("()") || !isIdentifier(p.substring(0, p.length() - 2))) {
                return NOT_A_CHAIN;
            }
            names[i - 1] = p.substring(0, p.length() - 2);
        }
        return new Chain(parts[0], List.of(names));
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isJavaIdentifierStart(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isJavaIdentifierPart(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

package org.campaignmodel.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campaignmodel.Campaign;
import org.campaignmodel.json.CampaignJsonException;
import org.campaignmodel.validation.CampaignValidator;
import org.campaignmodel.validation.ValidationProblem;
import org.campaignmodel.validation.ValidationReport;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a bad campaign document with RFC 9457 problem details that keep what the library found: a
 * body that is not JSON or breaks the format gives {@code 400} with the JSON Pointer, line, column
 * and message; a well-formed document that breaks rules gives {@code 422} with every problem. Only
 * requests whose body is read as a model type are answered here; every other failure goes on to
 * Spring's own handling, unchanged.
 */
final class CampaignProblemResolver implements HandlerExceptionResolver, Ordered {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final JsonMapper WRITER = JsonMapper.builder().build();
    private static final Package MODEL = Campaign.class.getPackage();

    private final CampaignValidator validator;

    CampaignProblemResolver(CampaignValidator validator) {
        this.validator = validator;
    }

    @Override
    public int getOrder() {
        // before Spring's own resolvers, which would answer with a bare 400
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !readsModel(method)) {
            return null;
        }
        Map<String, Object> body;
        HttpStatus status;
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            status = HttpStatus.BAD_REQUEST;
            body = notReadable(unreadable);
        } else if (ex instanceof MethodArgumentNotValidException invalid
                && invalid.getBindingResult().getTarget() != null
                && isModel(invalid.getBindingResult().getTarget().getClass())) {
            status = HttpStatus.UNPROCESSABLE_CONTENT;
            body = brokenRules(invalid.getBindingResult().getTarget(), RequestContextUtils.getLocale(request));
        } else {
            return null;
        }
        body.put("instance", request.getRequestURI());
        try {
            response.setStatus(status.value());
            response.setContentType(PROBLEM_JSON);
            response.setCharacterEncoding("UTF-8");
            WRITER.writeValue(response.getOutputStream(), body);
        } catch (IOException | JacksonException e) {
            return null; // the client is gone; let Spring log it
        }
        return new ModelAndView();
    }

    private static Map<String, Object> problem(HttpStatus status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        return body;
    }

    private static Map<String, Object> notReadable(HttpMessageNotReadableException ex) {
        JacksonException jackson = jacksonCause(ex);
        if (jackson == null) {
            Map<String, Object> body =
                    problem(HttpStatus.BAD_REQUEST, "The request has no readable JSON body; send one document.");
            body.put("pointer", "");
            return body;
        }
        CampaignJsonException e = CampaignJsonException.from(jackson);
        Map<String, Object> body = problem(HttpStatus.BAD_REQUEST, e.problem());
        body.put("pointer", e.pointer());
        e.lineNumber().ifPresent(line -> body.put("line", line));
        e.columnNumber().ifPresent(column -> body.put("column", column));
        return body;
    }

    private Map<String, Object> brokenRules(Object document, Locale locale) {
        ValidationReport report = validator.validate(document, locale);
        int count = report.getProblems().size();
        Map<String, Object> body = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "The document breaks " + count + (count == 1 ? " rule." : " rules.")
                        + (report.isTruncated() ? " Only the first are listed." : ""));
        List<Map<String, String>> problems = new ArrayList<>(count);
        for (ValidationProblem p : report.getProblems()) {
            Map<String, String> item = new LinkedHashMap<>();
            item.put("pointer", p.getPointer());
            item.put("code", p.getCode());
            item.put("message", p.getMessage());
            problems.add(item);
        }
        body.put("problems", problems);
        return body;
    }

    private static @Nullable JacksonException jacksonCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson) {
                return jackson;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Whether the handler reads its request body as a model type, or a collection of one. */
    private static boolean readsModel(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                ResolvableType type = ResolvableType.forMethodParameter(parameter);
                if (isModel(type.resolve(Object.class))) {
                    return true;
                }
                if (Collection.class.isAssignableFrom(type.resolve(Object.class))
                        && isModel(
                                type.asCollection().resolveGeneric(0) == null
                                        ? Object.class
                                        : type.asCollection().resolveGeneric(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isModel(@Nullable Class<?> type) {
        if (type == null) {
            return false;
        }
        if (type.getPackage() == MODEL) {
            return true;
        }
        for (Class<?> face : type.getInterfaces()) {
            if (face.getPackage() == MODEL) {
                return true;
            }
        }
        return false;
    }
}

package org.campaignmodel.consumer.boot3;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.campaignmodel.jackson2.CampaignJackson2Exception;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Takes a submission holding a campaign and answers with it as stored. */
@RestController
class IntakeController {
    @PostMapping("/submissions")
    Submission submit(@Valid @RequestBody Submission submission) {
        return submission;
    }

    /** A body the library cannot read: its pointer, code and words. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    Map<String, Object> unreadable(HttpMessageNotReadableException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (e.getCause() instanceof com.fasterxml.jackson.core.JacksonException jackson) {
            CampaignJackson2Exception problem = CampaignJackson2Exception.from(jackson);
            body.put("pointer", problem.pointer());
            body.put("code", problem.code());
            body.put("message", problem.problem());
        } else {
            body.put("message", String.valueOf(e.getMessage()));
        }
        return body;
    }

    /** Rules broken: each field's path and the library's message. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    Map<String, Object> invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of(
                        "path", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return Map.of("problems", problems);
    }
}

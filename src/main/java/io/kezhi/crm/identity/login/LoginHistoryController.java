package io.kezhi.crm.identity.login;

import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Login history", description = "登录日志")
class LoginHistoryController {

    private static final String RESULTS = "^(SUCCESS|BAD_CREDENTIALS|LOCKED|DISABLED|IP_DENIED|UNKNOWN_COMPANY)$";

    private final LoginHistory history;

    LoginHistoryController(LoginHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/login-history")
    @Operation(summary = "Sign-ins and sign-outs of the users in the caller's login-log scope, newest first")
    PageResult<LoginHistory.LoginHistoryEntry> list(@RequestParam(required = false) Long userId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @Pattern(regexp = RESULTS) String result,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return history.ofScope(new LoginHistory.Filter(userId, q, result, from, to), query(page, size, sort, total));
    }

    @GetMapping("/api/v1/me/login-history")
    @Operation(summary = "My own sign-ins and sign-outs, newest first")
    PageResult<LoginHistory.LoginHistoryEntry> mine(@RequestParam(required = false) @Pattern(regexp = RESULTS) String result,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "false") boolean total) {
        return history.own(new LoginHistory.Filter(null, null, result, from, to), query(page, size, sort, total));
    }

    private static ListQuery query(Integer page, Integer size, String sort, boolean total) {
        return ListQuery.of(page, size, sort, total, LoginHistory.SORTS, new ListQuery.SortOrder("e.occurred_at", false));
    }
}

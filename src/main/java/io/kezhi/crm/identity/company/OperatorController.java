package io.kezhi.crm.identity.company;

import io.kezhi.crm.shared.error.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operator of an installation creates companies. Enabled only when {@code kezhi.operator.token}
 * (env {@code KEZHI_OPERATOR_TOKEN}) is set; callers send it as {@code X-Operator-Token}, checked
 * before the body is even read.
 */
@RestController
@Tag(name = "Operator", description = "运营方：开通企业")
class OperatorController implements WebMvcConfigurer {

    private final CompanySetup setup;
    private final String operatorToken;

    OperatorController(CompanySetup setup, @Value("${kezhi.operator.token:}") String operatorToken) {
        this.setup = setup;
        this.operatorToken = operatorToken;
    }

    @PostMapping("/api/v1/operator/companies")
    @Operation(summary = "Create a company with its first administrator (header X-Operator-Token)")
    ResponseEntity<CompanySetup.CreatedCompany> createCompany(@Valid @RequestBody NewCompany request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(setup.create(request));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (operatorToken.isBlank()) {
                    throw new ApiException(HttpStatus.NOT_FOUND, "not-found", "http.404", List.of());
                }
                String token = request.getHeader("X-Operator-Token");
                if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                        operatorToken.getBytes(StandardCharsets.UTF_8))) {
                    throw new ApiException(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated",
                            List.of());
                }
                return true;
            }
        }).addPathPatterns("/api/v1/operator/**");
    }
}

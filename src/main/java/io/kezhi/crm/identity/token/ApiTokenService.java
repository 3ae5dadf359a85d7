package io.kezhi.crm.identity.token;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.security.CurrentActor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own API tokens; managed from a browser session only. */
@Service
class ApiTokenService {

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser) {
        this.tokens = tokens;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    List<ApiTokenController.ApiTokenView> list() {
        return tokens.findByUserIdOrderByCreatedAtDesc(currentUser.id()).stream()
                .map(ApiTokenController.ApiTokenView::of).toList();
    }

    @Transactional
    ApiTokenController.CreatedApiToken create(ApiTokenController.CreateApiToken request) {
        requireBrowserSession();
        String secret = TokenHashing.newToken();
        Instant expires = request.expiresInDays() == null ? null
                : Instant.now().plus(Duration.ofDays(request.expiresInDays()));
        ApiToken token = tokens.save(new ApiToken(currentUser.id(), request.name().trim(), TokenHashing.hash(secret),
                TokenHashing.displayPrefix(secret), expires));
        return new ApiTokenController.CreatedApiToken(ApiTokenController.ApiTokenView.of(token), secret);
    }

    @Transactional
    void revoke(long id) {
        requireBrowserSession();
        ApiToken token = tokens.findByIdAndUserId(id, currentUser.id())
                .orElseThrow(() -> ApiException.notFound("entity.apiToken"));
        token.revoke();
    }

    private static void requireBrowserSession() {
        if (CurrentActor.get().filter(a -> a instanceof KezhiPrincipal p && p.viaToken()).isPresent()) {
            throw ApiException.forbidden("error.tokenManagementNeedsSession");
        }
    }
}

package io.kezhi.crm.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.testsupport.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing: with a real observation registry (as in production; tests run with
 * a no-op one) it would otherwise wrap every filter of the chain on every request, exported nowhere and
 * ~3.5 % of the application's CPU under the benchmark's mixed load.
 */
class SecurityFilterChainTest extends ApiTest {

    @Autowired
    private SecurityObservationSettings observations;

    @Test
    void securityObservesNoRequestAuthenticationOrAuthorization() {
        assertThat(observations.shouldObserveRequests()).isFalse();
        assertThat(observations.shouldObserveAuthentications()).isFalse();
        assertThat(observations.shouldObserveAuthorizations()).isFalse();
    }
}

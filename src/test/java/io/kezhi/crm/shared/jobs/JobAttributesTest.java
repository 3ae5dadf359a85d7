package io.kezhi.crm.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.context.request.RequestAttributes;

/** A job's request attributes: kept for the job, no session, callbacks at its end. */
class JobAttributesTest {

    private static final int REQUEST = RequestAttributes.SCOPE_REQUEST;
    private static final int SESSION = RequestAttributes.SCOPE_SESSION;

    @Test
    void keepsRequestAttributesAndForgetsOneSetToNull() {
        JobAttributes job = new JobAttributes();
        job.setAttribute("profile", "kept", REQUEST);
        assertThat(job.getAttribute("profile", REQUEST)).isEqualTo("kept");
        assertThat(job.getAttributeNames(REQUEST)).containsExactly("profile");
        job.setAttribute("profile", null, REQUEST);
        assertThat(job.getAttribute("profile", REQUEST)).isNull();
        assertThat(job.getAttributeNames(REQUEST)).isEmpty();
    }

    @Test
    void hasNoSession() {
        JobAttributes job = new JobAttributes();
        assertThat(job.getAttribute("anything", SESSION)).isNull();
        assertThatThrownBy(() -> job.setAttribute("user", "x", SESSION)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(job::getSessionId).isInstanceOf(IllegalStateException.class);
        assertThat(job.getAttributeNames(SESSION)).isEmpty();
    }

    @Test
    void runsWhatWasRegisteredForItsEndOnceAndForgetsEverything() {
        JobAttributes job = new JobAttributes();
        List<String> ran = new ArrayList<>();
        job.setAttribute("bean", "value", REQUEST);
        job.registerDestructionCallback("bean", () -> ran.add("bean"), REQUEST);
        assertThat(ran).isEmpty();
        job.completed();
        job.completed();
        assertThat(ran).containsExactly("bean");
        assertThat(job.getAttribute("bean", REQUEST)).isNull();
    }
}

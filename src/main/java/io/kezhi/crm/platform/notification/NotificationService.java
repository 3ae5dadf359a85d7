package io.kezhi.crm.platform.notification;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.platform.Notifications;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class NotificationService implements Notifications {

    static final Map<String, String> SORTS = Map.of("createdAt", "createdAt");
    private static final String SEPARATOR = "\u001f";

    record NotificationView(long id, String kind, String text, String subjectType, Long subjectId, Instant createdAt,
            Instant readAt) {
    }

    record UnreadCount(long unread) {
    }

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final EntityLister lister;
    private final MessageSource messages;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, EntityLister lister,
            MessageSource messages, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.lister = lister;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void notify(long userId, String kind, SubjectRef subject, String messageKey, Object... args) {
        String joined = Arrays.stream(args).map(String::valueOf).collect(Collectors.joining(SEPARATOR));
        notifications.save(new Notification(userId, kind, messageKey, joined.length() > 2000
                ? joined.substring(0, 2000) : joined, subject == null ? null : subject.type(),
                subject == null ? null : subject.id(), clock.instant()));
    }

    @Transactional(readOnly = true)
    PageResult<NotificationView> mine(boolean unreadOnly, ListQuery query) {
        long me = currentUser.id();
        Specification<Notification> spec = (root, cq, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.equal(root.get("userId"), me));
            if (unreadOnly) {
                all.add(cb.isNull(root.get("readAt")));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Locale locale = LocaleContextHolder.getLocale();
        return lister.list(Notification.class, spec, query).map(n -> view(n, locale));
    }

    @Transactional(readOnly = true)
    UnreadCount unread() {
        return new UnreadCount(notifications.countByUserIdAndReadAtIsNull(currentUser.id()));
    }

    @Transactional
    void markRead(long id) {
        notifications.findByIdAndUserId(id, currentUser.id())
                .orElseThrow(() -> ApiException.notFound("entity.notification")).markRead(clock.instant());
    }

    @Transactional
    void markAllRead() {
        long me = currentUser.id();
        Instant now = clock.instant();
        notifications.findAll((root, cq, cb) -> cb.and(cb.equal(root.get("userId"), me), cb.isNull(root.get("readAt"))))
                .forEach(n -> n.markRead(now));
    }

    private NotificationView view(Notification n, Locale locale) {
        Object[] args = n.getMessageArgs() == null || n.getMessageArgs().isEmpty() ? new Object[0]
                : n.getMessageArgs().split(SEPARATOR, -1);
        String text = messages.getMessage(n.getMessageKey(), args, n.getMessageKey(), locale);
        return new NotificationView(n.getId(), n.getKind(), text, n.getSubjectType(), n.getSubjectId(),
                n.getCreatedAt(), n.getReadAt());
    }
}

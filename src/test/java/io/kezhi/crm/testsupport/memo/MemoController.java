package io.kezhi.crm.testsupport.memo;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.RecordType;
import io.kezhi.crm.identity.ScopedRecords;
import io.kezhi.crm.identity.DepartmentDirectory;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.EntityLister;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Test-only API over memos, written the way a business module applies the identity mechanisms. */
@RestController
@RequestMapping("/api/v1/test/memos")
class MemoController {

    record CreateMemo(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String body,
            @Size(max = 200) String secretNote, @Digits(integer = 16, fraction = 2) BigDecimal amount, Long ownerId) {
    }

    record UpdateMemo(@Size(min = 1, max = 200) String title, @Size(max = 2000) String body,
            @Size(max = 200) String secretNote, @Digits(integer = 16, fraction = 2) BigDecimal amount, Long version) {
    }

    record Assign(@NotNull Long ownerId) {
    }

    record Batch(@NotNull List<Long> ids) {
    }

    record BatchResult(List<Long> done, List<Long> refused) {
    }

    private final MemoRepository memos;
    private final RecordType type;
    private final CurrentUser currentUser;
    private final ScopedRecords scopedRecords;
    private final FieldPolicies fieldPolicies;
    private final EntityLister lister;
    private final DepartmentDirectory departments;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher events;

    MemoController(MemoRepository memos, RecordType memoRecordType, CurrentUser currentUser,
            ScopedRecords scopedRecords, FieldPolicies fieldPolicies, EntityLister lister,
            DepartmentDirectory departments, TenantJdbc jdbc, ApplicationEventPublisher events) {
        this.memos = memos;
        this.type = memoRecordType;
        this.currentUser = currentUser;
        this.scopedRecords = scopedRecords;
        this.fieldPolicies = fieldPolicies;
        this.lister = lister;
        this.departments = departments;
        this.jdbc = jdbc;
        this.events = events;
    }

    @GetMapping
    @Transactional(readOnly = true)
    public PageResult<MemoView> list(@RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
        ListQuery query = ListQuery.of(page, size, sort, true, Map.of("title", "title", "amount", "amount"),
                new ListQuery.SortOrder("title", true));
        return lister.list(Memo.class, currentUser.scope(type, Operation.VIEW).<Memo>branches(type),
                (root, q, cb) -> cb.conjunction(), query, EntityLister.Access.IN_ORDER).map(MemoView::of);
    }

    /** Export channel: same scope predicate (EXPORT), same field policy. */
    @GetMapping("/export")
    @Transactional(readOnly = true)
    public List<MemoView> export() {
        return memos.findAll(currentUser.scope(type, Operation.EXPORT).<Memo>specification(type)).stream()
                .map(MemoView::of).toList();
    }

    /** Count through native SQL with the rendered predicate (the report channel). */
    @GetMapping("/count")
    @Transactional(readOnly = true)
    public long count() {
        var scope = currentUser.scope(type, Operation.VIEW);
        return jdbc.sql("SELECT COUNT(*) FROM memo m WHERE m.tenant_id = :tenantId AND m.deleted_at IS NULL AND "
                + scope.sql(type, "m"), scope.sqlParameters(type)).query(Long.class).single();
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    public ResponseEntity<MemoView> get(@PathVariable long id) {
        Memo memo = scopedRecords.require(type, Memo.class, id, Operation.VIEW);
        return Etags.ok(MemoView.of(memo), memo.getVersion());
    }

    @PostMapping
    @Transactional
    public MemoView create(@Valid @RequestBody CreateMemo request) {
        long ownerId = request.ownerId() == null ? currentUser.id() : request.ownerId();
        DepartmentDirectory.DirectoryDepartment dept = departmentOf(ownerId);
        currentUser.requireOwnerPlacement(MemoConfiguration.MEMO, Operation.CREATE, ownerId, dept.id(), dept.path());
        fieldPolicies.checkCreate(MemoConfiguration.MEMO, request);
        Memo memo = new Memo(request.title(), request.body(), request.secretNote(), request.amount());
        memo.assignTo(ownerId, dept.id(), dept.path());
        return MemoView.of(memos.saveAndFlush(memo));
    }

    @PatchMapping("/{id}")
    @Transactional
    public ResponseEntity<MemoView> update(@PathVariable long id, @Valid @RequestBody UpdateMemo request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Memo memo = scopedRecords.require(type, Memo.class, id, Operation.EDIT);
        Etags.check(Etags.expectedVersion(ifMatch, request.version()), memo.getVersion());
        fieldPolicies.checkPatch(MemoConfiguration.MEMO, request, new UpdateMemo(memo.getTitle(), memo.getBody(),
                memo.getSecretNote(), memo.getAmount(), null));
        memo.update(request.title() == null ? memo.getTitle() : request.title(),
                request.body() == null ? memo.getBody() : request.body(),
                request.secretNote() == null ? memo.getSecretNote() : request.secretNote(),
                request.amount() == null ? memo.getAmount() : request.amount());
        memos.flush();
        return Etags.ok(MemoView.of(memo), memo.getVersion());
    }

    @PostMapping("/{id}/assign")
    @Transactional
    public MemoView assign(@PathVariable long id, @Valid @RequestBody Assign request) {
        Memo memo = scopedRecords.require(type, Memo.class, id, Operation.ASSIGN);
        DepartmentDirectory.DirectoryDepartment dept = departmentOf(request.ownerId());
        currentUser.requireOwnerPlacement(MemoConfiguration.MEMO, Operation.ASSIGN, request.ownerId(), dept.id(),
                dept.path());
        memo.assignTo(request.ownerId(), dept.id(), dept.path());
        memos.flush();
        return MemoView.of(memo);
    }

    @DeleteMapping("/{id}")
    @Transactional
    public ResponseEntity<Void> delete(@PathVariable long id) {
        delete(scopedRecords.require(type, Memo.class, id, Operation.DELETE));
        return ResponseEntity.noContent().build();
    }

    /** Batch action: acts only on the records the caller may delete, reports the others. */
    @PostMapping("/batch-delete")
    @Transactional
    public BatchResult batchDelete(@Valid @RequestBody Batch request) {
        List<Long> permitted = scopedRecords.permittedIds(type, request.ids(), Operation.DELETE);
        memos.findAllById(permitted).forEach(this::delete);
        return new BatchResult(permitted, request.ids().stream().filter(i -> !permitted.contains(i)).toList());
    }

    private void delete(Memo memo) {
        memo.markDeleted();
        memos.flush();
        events.publishEvent(new RecordSoftDeleted(SubjectRef.of(MemoConfiguration.MEMO, memo.getId()), memo.getTitle(),
                memo.getOwnerId(), memo.getOwnerDeptId(), memo.getOwnerDeptPath()));
    }

    private DepartmentDirectory.DirectoryDepartment departmentOf(long userId) {
        Long deptId = jdbc.sql("SELECT department_id FROM app_user WHERE tenant_id = :tenantId AND id = :id"
                + " AND deleted_at IS NULL", Map.of("id", userId)).query(Long.class).optional()
                .orElseThrow(() -> ApiException.invalidField("ownerId", "validation.unknownUser"));
        return departments.find(deptId).orElseThrow();
    }
}

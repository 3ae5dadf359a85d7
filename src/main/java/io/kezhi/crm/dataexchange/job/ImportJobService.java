package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.platform.Spreadsheets;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.error.FieldViolation;
import io.kezhi.crm.shared.spi.ImportField;
import io.kezhi.crm.shared.spi.ImportTarget;
import io.kezhi.crm.shared.tenant.TenantContext;
import io.kezhi.crm.shared.web.ListQuery;
import io.kezhi.crm.shared.web.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs as their creator sees them: upload, map, validate, commit, follow, discard. A job
 * belongs to the user who uploaded it; anyone else gets 404. Every step needs the IMPORT operation
 * of the target's permission module.
 */
@Service
public class ImportJobService {

    private static final int SAMPLE_ROWS = 5;
    private static final int RECENT_JOBS = 20;
    private static final int REPORT_PAGE = 1000;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ImportJobRepository jobs;
    private final ImportTargets targets;
    private final ImportFileStore files;
    private final ImportMappings mappings;
    private final ImportErrors errors;
    private final ImportWork work;
    private final ImportRunner runner;
    private final Spreadsheets spreadsheets;
    private final CurrentUser currentUser;
    private final FieldPolicies fieldPolicies;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;

    ImportJobService(ImportJobRepository jobs, ImportTargets targets, ImportFileStore files, ImportMappings mappings,
            ImportErrors errors, ImportWork work, ImportRunner runner, Spreadsheets spreadsheets,
            CurrentUser currentUser, FieldPolicies fieldPolicies, MessageSource messages, JsonMapper json,
            Clock clock) {
        this.jobs = jobs;
        this.targets = targets;
        this.files = files;
        this.mappings = mappings;
        this.errors = errors;
        this.work = work;
        this.runner = runner;
        this.spreadsheets = spreadsheets;
        this.currentUser = currentUser;
        this.fieldPolicies = fieldPolicies;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /** The fields the caller may import into, labelled in the caller's language. */
    @Transactional(readOnly = true)
    public List<ImportViews.ImportFieldView> fields(String targetKey) {
        ImportTarget<?> target = permitted(targetKey);
        return importable(target).stream().map(f -> new ImportViews.ImportFieldView(f.key(),
                message(f.labelKey(), List.of()), f.required())).toList();
    }

    @Transactional
    public ImportViews.UploadedImport upload(String targetKey, MultipartFile file) {
        ImportTarget<?> target = permitted(targetKey);
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidField("file", "import.file.empty");
        }
        spreadsheets.checkSize(file.getSize());
        String key;
        try {
            key = files.store(TenantContext.require(), file.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot receive the import file", e);
        }
        try {
            List<List<String>> sample = new ArrayList<>();
            Spreadsheets.SheetSummary summary = spreadsheets.read(files.path(key), Spreadsheets.ReadOptions.detect(),
                    row -> {
                        if (sample.size() < SAMPLE_ROWS) {
                            sample.add(row.values());
                        }
                    });
            String headerKey = headerKey(summary.headers());
            Map<String, String> mapping = proposedMapping(target, summary.headers(), headerKey);
            ImportJob job = jobs.save(new ImportJob(target.key(), key, fileName(file.getOriginalFilename()),
                    summary.format().name(), file.getSize(), summary.encoding(), headerKey,
                    json.writeValueAsString(summary.headers()), summary.rows(), currentUser.id(), clock.instant()));
            return new ImportViews.UploadedImport(job.getId(), job.getStatus(), job.getFileName(), job.getEncoding(),
                    summary.headers(), sample, summary.rows(), mapping);
        } catch (RuntimeException e) {
            files.delete(key);
            throw e;
        }
    }

    /**
     * Saves the mapping and policy, remembers the mapping, and starts validating in the background.
     * The job is locked meanwhile: of two calls at once, the second finds it validating (409).
     */
    @Transactional
    public ImportViews.ImportJobView map(long id, ImportViews.SaveImportMapping request) {
        ImportJob job = ownLocked(id);
        ImportTarget<?> target = permitted(job.getTarget());
        if (job.getStatus().running() || job.getStatus() == ImportStatus.DONE) {
            throw ApiException.conflict("import.error.notChangeable");
        }
        List<String> headers = headers(job);
        Map<String, String> mapping = checkedMapping(target, headers, request.mapping());
        String encoding = null;
        if (request.encoding() != null && !request.encoding().isBlank()) {
            if (!"CSV".equals(job.getFileFormat())) {
                throw ApiException.invalidField("encoding", "import.mapping.encodingForCsvOnly");
            }
            encoding = charset(request.encoding()).name();
        }
        job.startValidation(mappings.write(mapping), request.dedupePolicy(), encoding, clock.instant());
        mappings.remember(currentUser.id(), target.key(), job.getHeaderKey(), mapping);
        runner.startAfterCommit(() -> work.validate(id));
        return view(job);
    }

    /** Starts writing a validated job without errors, all-or-nothing, in the background (once: locked). */
    @Transactional
    public ImportViews.ImportJobView commit(long id) {
        ImportJob job = ownLocked(id);
        ImportTarget<?> target = permitted(job.getTarget());
        currentUser.require(target.permissionModule(), Operation.IMPORT);
        if (job.getStatus() != ImportStatus.VALIDATED) {
            throw ApiException.conflict("import.error.notValidated");
        }
        if (job.getErrorCount() > 0) {
            throw ApiException.conflict("import.error.hasErrors", job.getErrorCount());
        }
        job.startCommit(clock.instant());
        runner.startAfterCommit(() -> work.commit(id));
        return view(job);
    }

    @Transactional(readOnly = true)
    public ImportViews.ImportJobView get(long id) {
        return view(own(id));
    }

    /** The caller's recent jobs, newest first (of one target, or all). */
    @Transactional(readOnly = true)
    public List<ImportViews.ImportJobView> recent(String targetKey) {
        long me = currentUser.id();
        List<ImportJob> found = targetKey == null || targetKey.isBlank()
                ? jobs.findByCreatedByOrderByCreatedAtDesc(me, PageRequest.of(0, RECENT_JOBS))
                : jobs.findByCreatedByAndTargetOrderByCreatedAtDesc(me, targetKey, PageRequest.of(0, RECENT_JOBS));
        return found.stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public PageResult<ImportViews.ImportErrorView> errors(long id, Integer page, Integer size) {
        ImportJob job = own(id);
        ListQuery query = ListQuery.of(page, size, null, false, Map.of(), null);
        List<ImportError> rows = errors.page(job.getId(), query.offset(), query.size() + 1);
        return PageResult.fromOverfetch(rows.stream().map(this::view).toList(), query, null);
    }

    /** Checks the caller may read the job's error report (before the response starts). */
    @Transactional(readOnly = true)
    public String errorReportName(long id) {
        ImportJob job = own(id);
        String base = job.getFileName().replaceFirst("\\.[^.]*$", "");
        return base + "-" + message("import.report.suffix", List.of()) + ".csv";
    }

    /** Every stored error as CSV (UTF-8 with BOM), a page of rows at a time. */
    @Transactional(readOnly = true)
    public void writeErrorReport(long id, OutputStream out) throws IOException {
        ImportJob job = own(id);
        List<String> headers = Stream.of("import.report.row", "import.report.column", "import.report.field",
                "import.report.message").map(k -> message(k, List.of())).toList();
        Map<String, String> fieldLabels = targets.require(job.getTarget()).fields().stream().collect(
                Collectors.toMap(ImportField::key, f -> message(f.labelKey(), List.of())));
        Stream<List<String>> rows = Stream.iterate(0, offset -> offset + REPORT_PAGE)
                .map(offset -> errors.page(job.getId(), offset, REPORT_PAGE))
                .takeWhile(page -> !page.isEmpty())
                .flatMap(List::stream)
                .map(e -> Arrays.asList(String.valueOf(e.row()), nullToEmpty(e.column()),
                        e.field() == null ? "" : fieldLabels.getOrDefault(e.field(), e.field()),
                        message(e.messageKey(), e.args())));
        spreadsheets.write(Spreadsheets.Format.CSV, headers, rows, out);
    }

    /** Discards a job that is not running and not done, with its file and errors. */
    @Transactional
    public void delete(long id) {
        ImportJob job = ownLocked(id);
        if (job.getStatus().running()) {
            throw ApiException.conflict("import.error.running");
        }
        if (job.getStatus() == ImportStatus.DONE) {
            throw ApiException.conflict("import.error.finished");
        }
        errors.deleteAll(job.getId());
        jobs.delete(job);
        String fileKey = job.getFileKey();
        files.delete(fileKey);
    }

    private ImportJob own(long id) {
        return jobs.findByIdAndCreatedBy(id, currentUser.id())
                .orElseThrow(() -> ApiException.notFound("import.entity.job"));
    }

    /** The caller's job, locked against status changes by other requests until this transaction ends. */
    private ImportJob ownLocked(long id) {
        return jobs.findLockedByIdAndCreatedBy(id, currentUser.id())
                .orElseThrow(() -> ApiException.notFound("import.entity.job"));
    }

    private ImportTarget<?> permitted(String targetKey) {
        ImportTarget<?> target = targets.require(targetKey);
        currentUser.require(target.permissionModule(), Operation.IMPORT);
        return target;
    }

    /** The target's fields minus those the caller's field policy hides or makes read-only. */
    private List<ImportField> importable(ImportTarget<?> target) {
        return target.fields().stream().filter(f -> f.policedField() == null
                || fieldPolicies.access(target.policedEntity(), f.policedField()) == FieldAccess.EDITABLE).toList();
    }

    private Map<String, String> proposedMapping(ImportTarget<?> target, List<String> headers, String headerKey) {
        List<ImportField> fields = importable(target);
        Set<String> allowed = fields.stream().map(ImportField::key).collect(Collectors.toSet());
        Map<String, String> remembered = mappings.find(currentUser.id(), target.key(), headerKey).orElse(null);
        if (remembered != null) {
            Map<String, String> mapping = new LinkedHashMap<>();
            for (String header : headers) {
                String field = remembered.get(header);
                mapping.put(header, field != null && allowed.contains(field) ? field : null);
            }
            return mapping;
        }
        return ImportAutoMapping.propose(headers, fields, f -> List.of(
                messages.getMessage(f.labelKey(), null, f.key(), CHINESE),
                messages.getMessage(f.labelKey(), null, f.key(), Locale.ENGLISH)));
    }

    /** Header to field for the mapped columns; 400 naming {@code mapping} when it cannot work. */
    private Map<String, String> checkedMapping(ImportTarget<?> target, List<String> headers,
            Map<String, String> requested) {
        Map<String, ImportField> fields = target.fields().stream()
                .collect(Collectors.toMap(ImportField::key, f -> f));
        Set<String> importable = importable(target).stream().map(ImportField::key).collect(Collectors.toSet());
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, String> mapping = new LinkedHashMap<>();
        Map<String, String> headerByField = new HashMap<>();
        for (Map.Entry<String, String> entry : requested.entrySet()) {
            String header = entry.getKey();
            String field = entry.getValue();
            if (field == null || field.isBlank()) {
                continue;
            }
            if (!headers.contains(header)) {
                violations.add(new FieldViolation("mapping", "import.mapping.unknownHeader", header));
            } else if (!fields.containsKey(field)) {
                violations.add(new FieldViolation("mapping", "import.mapping.unknownField", field));
            } else if (!importable.contains(field)) {
                violations.add(new FieldViolation("mapping", "import.mapping.fieldNotImportable", label(fields.get(field))));
            } else if (headerByField.putIfAbsent(field, header) != null) {
                violations.add(new FieldViolation("mapping", "import.mapping.fieldTwice", label(fields.get(field)),
                        headerByField.get(field), header));
            } else {
                mapping.put(header, field);
            }
        }
        for (ImportField field : target.fields()) {
            if (field.required() && !headerByField.containsKey(field.key())) {
                violations.add(new FieldViolation("mapping", "import.mapping.requiredMissing", label(field)));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return mapping;
    }

    private ImportViews.ImportJobView view(ImportJob job) {
        Map<String, String> mapping = null;
        if (job.getMapping() != null) {
            Map<String, String> saved = mappings.parse(job.getMapping());
            mapping = new LinkedHashMap<>();
            for (String header : headers(job)) {
                mapping.put(header, saved.get(header));
            }
        }
        String failure = job.getFailureKey() == null ? null : message(job.getFailureKey(),
                job.getFailureArgs() == null ? List.of() : Arrays.asList(job.getFailureArgs().split("\u001F", -1)));
        return new ImportViews.ImportJobView(job.getId(), job.getTarget(), job.getStatus(), job.getFileName(),
                job.getEncoding(), job.getTotalRows(), job.getProcessedRows(), job.getErrorCount(),
                job.getCreatedCount(), job.getUpdatedCount(), job.getSkippedCount(), job.getDedupePolicy(), mapping,
                failure, job.getCreatedAt(), job.getFinishedAt());
    }

    private ImportViews.ImportErrorView view(ImportError error) {
        return new ImportViews.ImportErrorView(error.row(), error.column(), error.field(),
                message(error.messageKey(), error.args()));
    }

    private List<String> headers(ImportJob job) {
        return Arrays.asList(json.readValue(job.getHeaders(), String[].class));
    }

    private static Object label(ImportField field) {
        return ApiException.label(field.labelKey());
    }

    private String message(String key, List<String> args) {
        return messages.getMessage(key, args.toArray(), key, LocaleContextHolder.getLocale());
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("encoding", "import.mapping.badEncoding", name);
        }
    }

    private static String headerKey(List<String> headers) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(String.join("\n", new TreeSet<>(headers))
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The client's file name for display only: last path segment, no control characters, 255 at most. */
    private static String fileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty()) {
            return "import";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}

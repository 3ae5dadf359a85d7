package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.identity.CurrentUser;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.error.ApiException;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.spi.RecordSoftDeleted;
import io.kezhi.crm.shared.web.Etags;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading value lists is open to every signed-in user; changing them needs the dictionary permission. */
@Service
class DictionaryService {

    static final String MODULE = "dictionary";

    private final DictTypeRepository types;
    private final DictItemRepository items;
    private final CurrentUser currentUser;
    private final TenantJdbc jdbc;
    private final ApplicationEventPublisher events;

    DictionaryService(DictTypeRepository types, DictItemRepository items, CurrentUser currentUser, TenantJdbc jdbc,
            ApplicationEventPublisher events) {
        this.types = types;
        this.items = items;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    List<DictionaryViews.DictTypeView> types() {
        return types.findAllByOrderByBuiltinDescCodeAsc().stream().map(DictionaryViews.DictTypeView::of).toList();
    }

    @Transactional(readOnly = true)
    List<DictionaryViews.DictItemView> items(String typeCode, boolean includeDisabled) {
        DictType type = type(typeCode);
        return items.findByTypeIdOrderBySortOrderAscIdAsc(type.getId()).stream()
                .filter(i -> includeDisabled || i.isEnabled()).map(DictionaryViews.DictItemView::of).toList();
    }

    @Transactional
    DictionaryViews.DictTypeView createType(DictionaryViews.CreateDictType request) {
        currentUser.require(MODULE, Operation.CREATE);
        if (types.findByCode(request.code()).isPresent()) {
            throw ApiException.conflictOnField("code", "validation.codeTaken", request.code());
        }
        DictType type = types.saveAndFlush(new DictType(request.code(), request.name().trim(),
                blankToNull(request.nameEn()), blankToNull(request.description()), false));
        return DictionaryViews.DictTypeView.of(type);
    }

    @Transactional
    DictionaryViews.DictTypeView updateType(String typeCode, DictionaryViews.UpdateDictType request, long expectedVersion) {
        currentUser.require(MODULE, Operation.EDIT);
        DictType type = type(typeCode);
        Etags.check(expectedVersion, type.getVersion());
        type.describe(request.name() == null ? type.getName() : request.name().trim(),
                request.nameEn() == null ? type.getNameEn() : blankToNull(request.nameEn()),
                request.description() == null ? type.getDescription() : blankToNull(request.description()));
        types.flush();
        return DictionaryViews.DictTypeView.of(type);
    }

    @Transactional
    DictionaryViews.DictItemView createItem(String typeCode, DictionaryViews.CreateDictItem request) {
        currentUser.require(MODULE, Operation.CREATE);
        DictType type = type(typeCode);
        long taken = jdbc.sql("SELECT COUNT(*) FROM dict_item WHERE tenant_id = :tenantId AND type_id = :type"
                + " AND code = :code", Map.of("type", type.getId(), "code", request.code()))
                .query(Long.class).single();
        if (taken > 0) {
            throw ApiException.conflictOnField("code", "validation.codeTaken", request.code());
        }
        DictItem item = items.saveAndFlush(new DictItem(type.getId(), request.code(), request.label().trim(),
                blankToNull(request.labelEn()), request.sortOrder() == null ? 0 : request.sortOrder()));
        return DictionaryViews.DictItemView.of(item);
    }

    @Transactional
    DictionaryViews.DictItemView updateItem(String typeCode, long itemId, DictionaryViews.UpdateDictItem request,
            long expectedVersion) {
        currentUser.require(MODULE, Operation.EDIT);
        DictItem item = item(typeCode, itemId);
        Etags.check(expectedVersion, item.getVersion());
        item.relabel(request.label() == null ? item.getLabel() : request.label().trim(),
                request.labelEn() == null ? item.getLabelEn() : blankToNull(request.labelEn()));
        if (request.sortOrder() != null) {
            item.setSortOrder(request.sortOrder());
        }
        if (request.enabled() != null) {
            item.setEnabled(request.enabled());
        }
        items.flush();
        return DictionaryViews.DictItemView.of(item);
    }

    @Transactional
    void deleteItem(String typeCode, long itemId, long expectedVersion) {
        currentUser.require(MODULE, Operation.DELETE);
        DictItem item = item(typeCode, itemId);
        Etags.check(expectedVersion, item.getVersion());
        item.markDeleted();
        items.flush();
        events.publishEvent(new RecordSoftDeleted(SubjectRef.of(DictionaryRecordTypes.ITEM, itemId),
                typeCode + ": " + item.getLabel(), null, null, null));
    }

    private DictType type(String code) {
        return types.findByCode(code).orElseThrow(() -> ApiException.notFound("entity.dictType"));
    }

    private DictItem item(String typeCode, long itemId) {
        return items.findByIdAndTypeId(itemId, type(typeCode).getId())
                .orElseThrow(() -> ApiException.notFound("entity.dictItem"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

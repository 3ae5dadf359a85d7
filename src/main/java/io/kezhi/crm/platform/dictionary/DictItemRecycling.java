package io.kezhi.crm.platform.dictionary;

import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import org.springframework.stereotype.Component;

@Component
class DictItemRecycling extends EntityRecycling<DictItem> {

    DictItemRecycling(TenantJdbc jdbc) {
        super(DictionaryRecordTypes.ITEM, DictItem.class, "dict_item", "entity.dictItem", jdbc);
    }
}

package io.kezhi.crm.testsupport.memo;

import io.kezhi.crm.shared.jpa.EntityRecycling;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import org.springframework.stereotype.Component;

@Component
class MemoRecycling extends EntityRecycling<Memo> {

    MemoRecycling(TenantJdbc jdbc) {
        super(MemoConfiguration.MEMO, Memo.class, "memo", "entity.memo", jdbc);
    }
}

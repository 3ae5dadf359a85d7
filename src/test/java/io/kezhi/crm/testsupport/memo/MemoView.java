package io.kezhi.crm.testsupport.memo;

import io.kezhi.crm.identity.PolicedView;
import java.math.BigDecimal;

@PolicedView("memo")
public record MemoView(long id, String title, String body, String secretNote, BigDecimal amount, long ownerId,
        long ownerDeptId, String ownerDeptPath, long version) {

    static MemoView of(Memo m) {
        return new MemoView(m.getId(), m.getTitle(), m.getBody(), m.getSecretNote(), m.getAmount(), m.getOwnerId(),
                m.getOwnerDeptId(), m.getOwnerDeptPath(), m.getVersion());
    }
}

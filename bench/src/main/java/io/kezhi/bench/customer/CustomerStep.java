package io.kezhi.bench.customer;

import io.kezhi.bench.db.BulkLoader;
import io.kezhi.bench.db.IdBlock;
import io.kezhi.bench.generate.BulkStep;
import io.kezhi.bench.generate.ChunkPipeline;
import io.kezhi.bench.generate.GenerationContext;
import io.kezhi.bench.generate.Progress;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.values.RegionCatalog;
import io.kezhi.crm.shared.Pinyin;
import java.util.List;

/**
 * The customer module's data, loaded in bulk: customers with tags, contacts, follow-ups, ownership
 * events, phone index rows and shares, generated in chunks of consecutive customers on worker threads
 * while the previous chunk is written.
 */
public final class CustomerStep implements BulkStep {

    static final int CHUNK = 2_000;

    @Override
    public String name() {
        return "customers";
    }

    @Override
    public List<String> tables() {
        return CustomerTables.ALL.stream().map(t -> t.name()).toList();
    }

    @Override
    public void run(GenerationContext context) throws Exception {
        Organisation organisation = context.get(Organisation.class);
        int customers = context.options().customers();
        IdBlock ids = IdBlock.reserve(context.database(), (long) customers * CustomerIds.STRIDE);
        Progress.log("reserved ids %d..%d of kz_seq for %,d customers; the sequence continues at %d", ids.first(),
                ids.last(), customers, ids.nextSequenceValue());
        CustomerWorld world = new CustomerWorld(context.options().seed(), context.options().asOf(), ids.first(),
                organisation, context.get(Pools.class),
                CompanyDictionaries.read(context.database(), organisation.companyId()), RegionCatalog.load(),
                new Owners(organisation, context.options().seed()));
        CustomerGenerator generator = new CustomerGenerator(world);
        Pinyin.of("预热"); // loads pinyin4j's table once, before the worker threads share it
        long[] ownerIds = new long[customers];
        int chunks = (customers + CHUNK - 1) / CHUNK;
        long started = System.nanoTime();
        try (BulkLoader loader = BulkLoader.open(context.database())) {
            ChunkPipeline.run(chunks, context.options().threads(), index -> {
                CustomerChunk chunk = new CustomerChunk(loader);
                for (int i = index * CHUNK; i < Math.min(customers, (index + 1) * CHUNK); i++) {
                    Organisation.User owner = generator.generate(i, chunk);
                    ownerIds[i] = owner == null ? 0 : owner.id();
                }
                return chunk.complete();
            }, (index, chunk) -> {
                loader.write(chunk.inWriteOrder());
                if ((index + 1) % 50 == 0 || index + 1 == chunks) {
                    int done = Math.min(customers, (index + 1) * CHUNK);
                    double seconds = (System.nanoTime() - started) / 1e9;
                    Progress.log("  %,d / %,d customers (%,.0f customers/s)", done, customers, done / seconds);
                }
            });
        }
        context.put(CustomerDirectory.class, new CustomerDirectory(ids.first(), ownerIds));
    }
}

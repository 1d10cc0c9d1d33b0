package dev.imgedit.bfl;

import dev.imgedit.bfl.faults.FaultMatrix;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.faults.FaultMatrixDocumentContract;
import dev.imgedit.testkit.faults.FaultTable;
import java.util.List;

/** docs/bfl.md's fault table is the one rendered from {@link FaultMatrix#cases()}. */
class FaultMatrixDocumentTest extends FaultMatrixDocumentContract {
    FaultMatrixDocumentTest() {
        super("../docs/bfl.md", "bfl-fault-matrix", "mvn -q -pl provider-bfl -am verify -Dimgedit.updateDocs=true");
    }

    @Override
    protected List<? extends FaultCase<?, ?>> cases() {
        return FaultMatrix.cases();
    }

    @Override
    protected String table() {
        return FaultTable.render(cases(), "`FaultMatrix.cases()` (provider-bfl's tests); each row is one run of "
                + "`FaultMatrixTest` and one of `BflEndToEndTest`");
    }
}

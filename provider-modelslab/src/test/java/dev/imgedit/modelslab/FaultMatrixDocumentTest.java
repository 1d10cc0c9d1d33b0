package dev.imgedit.modelslab;

import dev.imgedit.modelslab.faults.ExitCodes;
import dev.imgedit.modelslab.faults.FaultMatrix;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.faults.FaultMatrixDocumentContract;
import dev.imgedit.testkit.faults.FaultTable;
import java.util.List;

/** docs/reliability.md's fault table is the one rendered from {@link FaultMatrix#cases()}, with the exit codes. */
class FaultMatrixDocumentTest extends FaultMatrixDocumentContract {
    FaultMatrixDocumentTest() {
        super("../docs/reliability.md", "fault-matrix",
                "mvn -q -pl core,provider-modelslab -am verify -Dimgedit.updateDocs=true");
    }

    @Override
    protected List<? extends FaultCase<?, ?>> cases() {
        return FaultMatrix.cases();
    }

    @Override
    protected String table() {
        return FaultTable.render(cases(), "`FaultMatrix.cases()`; each row is one run of `FaultMatrixTest`",
                new FaultTable.Column("exit", row -> String.valueOf(ExitCodes.of(row.kind()))));
    }
}

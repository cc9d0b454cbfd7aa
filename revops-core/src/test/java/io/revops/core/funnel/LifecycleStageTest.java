package io.revops.core.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LifecycleStageTest {

  @Test
  void stagesAreInFunnelOrder() {
    assertThat(LifecycleStage.values()).containsExactly(LifecycleStage.VISITOR, LifecycleStage.LEAD, LifecycleStage.MQL,
        LifecycleStage.SQL, LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER);
    assertThat(LifecycleStage.MQL).isLessThan(LifecycleStage.SQL);
    assertThat(LifecycleStage.OPPORTUNITY).isLessThan(LifecycleStage.CUSTOMER).isGreaterThan(LifecycleStage.SQL);
  }

  @Test
  void onlyOpportunityIsOptional() {
    assertThat(Arrays.stream(LifecycleStage.values()).filter(LifecycleStage::isOptional))
        .containsExactly(LifecycleStage.OPPORTUNITY);
  }
}

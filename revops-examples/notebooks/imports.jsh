// The imports the revops jshell launcher preloads. Notebooks repeat the ones they need, so each also runs alone.
import java.math.*;
import java.time.*;
import java.util.*;
import javax.money.*;
import io.revops.core.money.*;
import io.revops.core.lead.*;
import io.revops.core.history.*;
import io.revops.core.funnel.*;
import io.revops.metrics.*;
import io.revops.sla.calendar.*;
import io.revops.examples.data.*;
import io.revops.examples.healthcheck.*;
import io.revops.core.qualification.*;
import io.revops.metrics.acquisition.*;
import io.revops.metrics.value.*;
import io.revops.sla.*;
import io.revops.json.*;

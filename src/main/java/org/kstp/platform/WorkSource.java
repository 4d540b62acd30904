package org.kstp.platform;

import java.util.List;
import org.kstp.common.Actor;

/**
 * A module's answer to "what is waiting for this user?", for the workbench. Each owning module
 * publishes one as a bean, counted in SQL over its own tables and within the same data scope as its
 * lists, so a count and the list it links to always agree. Kinds with nothing waiting are left out.
 */
public interface WorkSource {

    List<WorkCount> workFor(Actor actor);
}

package org.kstp.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.kstp.directory.CountySummary;
import org.kstp.directory.DirectoryApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only region data: the same figures the portal shows, for open-data users. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Regions", description = "Administrative divisions of Kashgar prefecture (NBS 2021 codes)")
class RegionApiController {

    private final DirectoryApi directory;

    RegionApiController(DirectoryApi directory) {
        this.directory = directory;
    }

    @GetMapping("/counties")
    @Operation(summary = "The 12 counties with the number of their townships and villages/communities")
    List<CountySummary> counties() {
        return directory.counties();
    }
}

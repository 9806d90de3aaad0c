package vn.tochuc.cadre.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tochuc.cadre.service.RetirementForecast;
import vn.tochuc.platform.problem.Problem;

@Path("/api/v1/cadres/retirement-forecast")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Reports the Organization Board asks for")
public class RetirementForecastResource {

    private final RetirementForecast forecast;

    RetirementForecastResource(RetirementForecast forecast) {
        this.forecast = forecast;
    }

    @GET
    @Operation(operationId = "getRetirementForecast",
            summary = "Cadres reaching the retirement age soon", description = "Living persons recorded as working "
            + "in an org unit whose statutory retirement age (Labour Code 2019 art. 169, Decree 135/2020/NĐ-CP: "
            + "men 60y3m in 2021 rising 3 months a year to 62; women 55y4m rising 4 months a year to 60) falls from "
            + "this month to the given number of months ahead, soonest first.")
    @APIResponse(responseCode = "200", description = "The cadres, by date of retirement")
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "500", description = "Unexpected failure",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<RetirementEntry> forecast(
            @Parameter(description = "How many months ahead, 1-24 (the Board asks 6 or 12); default 12")
            @QueryParam("months") String months,
            @Parameter(description = "Only this org unit and the units below it") @QueryParam("orgUnitId")
            String orgUnitId) {
        return forecast.forecast(months, orgUnitId, LocalDate.now());
    }
}

using Microsoft.AspNetCore.Mvc;

namespace QuoteSearch.Web.Services;

/// <summary>ProblemDetails responses with a clear title and the reason in <c>detail</c>.</summary>
public static class Problems
{
    public static ObjectResult BadRequest(ControllerBase controller, string detail) =>
        controller.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request is not valid");

    public static ObjectResult NotFound(ControllerBase controller, string detail) =>
        controller.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static ObjectResult Unauthorized(ControllerBase controller) =>
        controller.Problem(detail: "this needs a valid API key in the X-Api-Key header", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
}

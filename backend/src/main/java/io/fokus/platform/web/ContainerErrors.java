package io.fokus.platform.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors that never reach a controller answer problem details too: those Tomcat produces itself (malformed or
 * oversized request lines and headers, invalid percent-encoding, rejected URIs) through {@link ProblemReportValve},
 * and error dispatches ({@code sendError} anywhere in the filter chain) through {@link ProblemErrorController}.
 * Neither prints a stack trace: these are the client's mistakes.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

  @Bean
  ProblemValveInstaller problemReportValve(JsonMapper json) {
    return new ProblemValveInstaller(json);
  }

  /** Replaces Boot's HTML ErrorReportValve on the host, and keeps the host from adding Tomcat's own at start. */
  static final class ProblemValveInstaller
      implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final JsonMapper json;

    ProblemValveInstaller(JsonMapper json) {
      this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
              host.getPipeline().removeValve(valve);
            }
          }
          host.setErrorReportValveClass(ProblemReportValve.class.getName());
          host.getPipeline().addValve(new ProblemReportValve(json));
        }
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE; // after Boot's customizer, whose context customizer adds its valve first
    }
  }

  static ProblemDetail problemFor(int status) {
    HttpStatusCode code = HttpStatusCode.valueOf(status);
    HttpStatus known = HttpStatus.resolve(status);
    String title = known == null ? "Error" : known.getReasonPhrase();
    String detail = switch (status) {
      case 400 -> "The request is malformed (its URL, encoding or headers)";
      case 404 -> "Nothing is here";
      case 405 -> "This method is not allowed here";
      case 413, 431 -> "The request is too large";
      default -> status >= 500 ? "Something went wrong on our side" : "The request cannot be served";
    };
    return Problems.of(code, title, detail, List.of());
  }

  /** Tomcat's error report as problem details, for errors raised before or outside the application. */
  static final class ProblemReportValve extends ErrorReportValve {

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
      this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
      int status = response.getStatus();
      if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
        return;
      }
      try {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getReporter();
        if (writer != null) {
          writer.write(json.writeValueAsString(problemFor(status)));
          response.finishResponse();
        }
      } catch (IOException | IllegalStateException e) {
        // the client is gone or the response was taken over: nothing left to tell it
      }
    }
  }

  /** Error dispatches ({@code /error}) as problem details instead of Spring Boot's default error JSON. */
  @Hidden // the container's error path, not part of the API
  @RestController
  static class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
      Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      // no error status: someone asked for the error path itself, which is nothing to see
      int status = code instanceof Integer value && value >= 400 ? value : 404;
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problemFor(status));
    }
  }
}

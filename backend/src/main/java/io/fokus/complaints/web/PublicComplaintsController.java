package io.fokus.complaints.web;

import io.fokus.complaints.internal.ComplaintService;
import io.fokus.platform.web.RateLimited;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's public complaint form and the customer's status page, without login; the form token and the status
 * token name the tenant. Rate-limited per client address.
 */
@RestController
@RequestMapping("/api/public/complaints")
class PublicComplaintsController {

  private final ComplaintService complaints;

  PublicComplaintsController(ComplaintService complaints) {
    this.complaints = complaints;
  }

  /**
   * What the form sends; {@code clientSubmissionId} is made by the form once per complaint, so sending again after a
   * lost answer files nothing twice. {@code touchpointId}: the touchpoint the form showed (from its GET), or none.
   */
  record SubmitRequest(@Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
      @Pattern(regexp = "^(en|de)$", message = "must be en or de") String language,
      @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String description,
      @Size(max = 100) String orderReference,
      @NotBlank @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be letters, digits, - or _")
      String clientSubmissionId, UUID touchpointId) {

    ComplaintService.Intake intake() {
      return new ComplaintService.Intake(name, email, language, subject, description, orderReference,
          clientSubmissionId, touchpointId);
    }
  }

  record AnswerRequest(@NotBlank @Size(max = 10000) String body) {
  }

  /** What the customer keeps: the reference to quote and the token of their status page. */
  record ReceiptResponse(String reference, String statusToken) {
  }

  /** The form's heading: whom the complaint goes to, and the touchpoint its link names (left out: the general form). */
  record FormResponse(String organization, FormTouchpoint touchpoint) {
  }

  /** A touchpoint as the customer sees it: the id to send back with the complaint, and its name. */
  record FormTouchpoint(UUID id, String name) {
  }

  /**
   * The form; {@code touchpoint} is the id a touchpoint's link carries ({@code /complain/<token>?touchpoint=<id>}).
   * An unknown or retired touchpoint, or a mangled one, gives the general form: an old link never turns a customer
   * away.
   */
  @GetMapping("/{formToken}")
  @RateLimited(name = "public-complaint-form", capacity = "${fokus.rate-limits.public-reads-per-minute:120}",
      period = "PT1M")
  FormResponse form(@PathVariable String formToken, @RequestParam(required = false) String touchpoint) {
    ComplaintService.PublicForm form = complaints.form(formToken, touchpoint);
    return new FormResponse(form.organization(), form.touchpoint() == null ? null
        : new FormTouchpoint(form.touchpoint().id(), form.touchpoint().name()));
  }

  @PostMapping("/{formToken}")
  @ResponseStatus(HttpStatus.CREATED)
  @RateLimited(name = "public-complaint", capacity = "${fokus.rate-limits.public-submissions-per-minute:20}",
      period = "PT1M")
  ReceiptResponse submit(@PathVariable String formToken, @Valid @RequestBody SubmitRequest request) {
    var receipt = complaints.submit(formToken, request.intake());
    return new ReceiptResponse(receipt.reference(), receipt.statusToken());
  }

  @GetMapping("/status/{statusToken}")
  @RateLimited(name = "public-complaint-status", capacity = "${fokus.rate-limits.public-reads-per-minute:120}",
      period = "PT1M")
  ComplaintService.PublicView status(@PathVariable String statusToken) {
    return complaints.status(statusToken);
  }

  @PostMapping("/status/{statusToken}")
  @RateLimited(name = "public-complaint-answer", capacity = "${fokus.rate-limits.public-submissions-per-minute:20}",
      period = "PT1M")
  ComplaintService.PublicView answer(@PathVariable String statusToken, @Valid @RequestBody AnswerRequest request) {
    return complaints.answer(statusToken, request.body());
  }
}

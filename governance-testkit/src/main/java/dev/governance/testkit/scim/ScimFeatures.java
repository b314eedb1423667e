package dev.governance.testkit.scim;

/**
 * What a {@link FakeScimServer} supports and says it supports in {@code /ServiceProviderConfig},
 * {@code /ResourceTypes} and {@code /Schemas}. Real servers differ: some offer no groups, some do
 * not filter, most cap the page size, some without saying so.
 *
 * <pre>{@code
 * ScimFeatures.builder().filter(false).pageSizeCap(50).advertiseCap(false).build()
 * }</pre>
 *
 * @param groups whether the server offers the {@code Group} resource type and {@code /Groups}
 * @param enterpriseExtension whether users carry the enterprise user extension
 * @param roles whether users have the {@code roles} attribute
 * @param entitlements whether users have the {@code entitlements} attribute
 * @param filter whether {@code filter} is supported ({@code filter.supported})
 * @param patch whether PATCH is supported ({@code patch.supported}); without it PATCH gets 501
 * @param etag whether resources have versions ({@code etag.supported}, {@code meta.version},
 *     {@code If-Match})
 * @param pageSizeCap the most resources one page holds, whatever {@code count} asks for
 * @param advertiseCap whether {@code filter.maxResults} says the cap; a server that does not caps
 *     silently
 * @since 0.1
 */
public record ScimFeatures(
    boolean groups,
    boolean enterpriseExtension,
    boolean roles,
    boolean entitlements,
    boolean filter,
    boolean patch,
    boolean etag,
    int pageSizeCap,
    boolean advertiseCap) {

  /** The largest page size cap. */
  public static final int MAX_PAGE_SIZE_CAP = 10_000;

  /**
   * Validates.
   *
   * @param groups groups offered
   * @param enterpriseExtension the extension offered
   * @param roles roles offered
   * @param entitlements entitlements offered
   * @param filter filter supported
   * @param patch PATCH supported
   * @param etag ETags supported
   * @param pageSizeCap 1 to {@value #MAX_PAGE_SIZE_CAP}
   * @param advertiseCap whether the cap is advertised
   */
  public ScimFeatures {
    if (pageSizeCap < 1 || pageSizeCap > MAX_PAGE_SIZE_CAP) {
      throw new IllegalArgumentException("pageSizeCap must be from 1 to " + MAX_PAGE_SIZE_CAP
          + ", got " + pageSizeCap);
    }
  }

  /**
   * Everything supported, pages capped at 200 and the cap advertised.
   *
   * @return the features
   */
  public static ScimFeatures defaults() {
    return builder().build();
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these features.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.groups = groups;
    b.enterpriseExtension = enterpriseExtension;
    b.roles = roles;
    b.entitlements = entitlements;
    b.filter = filter;
    b.patch = patch;
    b.etag = etag;
    b.pageSizeCap = pageSizeCap;
    b.advertiseCap = advertiseCap;
    return b;
  }

  /** Builds {@link ScimFeatures}. */
  public static final class Builder {
    private boolean groups = true;
    private boolean enterpriseExtension = true;
    private boolean roles = true;
    private boolean entitlements = true;
    private boolean filter = true;
    private boolean patch = true;
    private boolean etag = true;
    private int pageSizeCap = 200;
    private boolean advertiseCap = true;

    private Builder() {}

    /**
     * Whether groups are offered.
     *
     * @param value true to offer them
     * @return this
     */
    public Builder groups(boolean value) {
      this.groups = value;
      return this;
    }

    /**
     * Whether users carry the enterprise extension.
     *
     * @param value true to offer it
     * @return this
     */
    public Builder enterpriseExtension(boolean value) {
      this.enterpriseExtension = value;
      return this;
    }

    /**
     * Whether users have roles.
     *
     * @param value true to offer them
     * @return this
     */
    public Builder roles(boolean value) {
      this.roles = value;
      return this;
    }

    /**
     * Whether users have entitlements.
     *
     * @param value true to offer them
     * @return this
     */
    public Builder entitlements(boolean value) {
      this.entitlements = value;
      return this;
    }

    /**
     * Whether filters are supported.
     *
     * @param value true to support them
     * @return this
     */
    public Builder filter(boolean value) {
      this.filter = value;
      return this;
    }

    /**
     * Whether PATCH is supported.
     *
     * @param value true to support it
     * @return this
     */
    public Builder patch(boolean value) {
      this.patch = value;
      return this;
    }

    /**
     * Whether ETags are supported.
     *
     * @param value true to support them
     * @return this
     */
    public Builder etag(boolean value) {
      this.etag = value;
      return this;
    }

    /**
     * The most resources on one page.
     *
     * @param value 1 to {@value ScimFeatures#MAX_PAGE_SIZE_CAP}
     * @return this
     */
    public Builder pageSizeCap(int value) {
      this.pageSizeCap = value;
      return this;
    }

    /**
     * Whether {@code filter.maxResults} says the cap.
     *
     * @param value false to cap silently
     * @return this
     */
    public Builder advertiseCap(boolean value) {
      this.advertiseCap = value;
      return this;
    }

    /**
     * Builds the features.
     *
     * @return the features
     */
    public ScimFeatures build() {
      return new ScimFeatures(groups, enterpriseExtension, roles, entitlements, filter, patch, etag,
          pageSizeCap, advertiseCap);
    }
  }
}

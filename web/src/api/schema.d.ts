/**
 * The HTTP API's types, generated from its OpenAPI document by `npm run gen:api`. Do not edit:
 * change the server's zod schemas and regenerate (`npm run check` fails when this file is stale).
 */


/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/api/v1/setup": {
    /** Whether the installation still needs its first owner (the web app's first run) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              needed: boolean;
            };
          };
        };
      };
    };
    /** First run: create the installation owner (only while no user exists) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            email: string;
            password: string;
            name?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              email: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/login": {
    /** Sign in; sets the session cookie */
    post: {
      requestBody: {
        content: {
          "application/json": {
            email: string;
            password: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              user: {
                id: string;
                email: string;
                name: string;
                installationOwner: boolean;
                totpEnabled: boolean;
              };
              csrfToken: string;
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/logout": {
    /** Sign out */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/me": {
    /** The signed-in user and their organizations */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              email: string;
              name: string;
              installationOwner: boolean;
              totpEnabled: boolean;
              /** @enum {string} */
              via: "session" | "token";
              /** @description For sessions: the token cookie-authenticated writes send as X-CSRF-Token */
              csrfToken?: string;
              organizations: ({
                  orgId: string;
                  slug: string;
                  name: string;
                  /** @description owner | admin | editor | auditor | viewer */
                  role: string;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/session": {
    /** The signed-in user, or null (answers 200 either way; the web app's start) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              user: ({
                id: string;
                email: string;
                name: string;
                installationOwner: boolean;
                totpEnabled: boolean;
                /** @enum {string} */
                via: "session" | "token";
                /** @description For sessions: the token cookie-authenticated writes send as X-CSRF-Token */
                csrfToken?: string;
                organizations: ({
                    orgId: string;
                    slug: string;
                    name: string;
                    /** @description owner | admin | editor | auditor | viewer */
                    role: string;
                  })[];
              }) | null;
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/totp/setup": {
    /** Start two-factor enrolment or replace the secret (after re-authentication; the secret in force stays until the new one is confirmed) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            currentPassword?: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              secret: string;
              uri: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/totp/enable": {
    /** Confirm a code from the new secret and turn two-factor on with it */
    post: {
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/totp": {
    /** Turn two-factor sign-in off (after re-authentication with a current code) */
    delete: {
      requestBody: {
        content: {
          "application/json": {
            currentPassword?: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/password": {
    /** Change your password (with the current one); your other sessions end */
    post: {
      requestBody: {
        content: {
          "application/json": {
            currentPassword?: string;
            code?: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              otherSessionsEnded: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/sessions": {
    /** Your signed-in sessions (without their secrets); `current` is this one */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                createdAt: string;
                lastSeenAt: string;
                expiresAt: string;
                ip: string | null;
                userAgent: string | null;
                current: boolean;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/sessions/{id}": {
    /** End one of your sessions (sign out elsewhere) */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/tokens": {
    /** Your API tokens (without secrets) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                name: string;
                /** @description read | write */
                scope: string;
                createdAt: string;
                expiresAt: string | null;
                revokedAt: string | null;
                lastUsedAt: string | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Create a personal API token (shown once; after re-authentication) */
    post: {
      requestBody: {
        content: {
          "application/json": {
            name: string;
            /**
             * @default read
             * @enum {string}
             */
            scope?: "read" | "write";
            expiresInDays?: number | null;
            currentPassword?: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              /** @description The secret, shown only this once */
              token: string;
              id: string;
              name: string;
              /** @enum {string} */
              scope: "read" | "write";
              expiresAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/tokens/{id}": {
    /** Revoke an API token */
    delete: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/oidc/start": {
    /** Start single sign-on (redirects to the provider) */
    get: {
      responses: {
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/oidc/callback": {
    /** Where the provider returns; opens a session (or asks for the one-time code) and redirects to the app */
    get: {
      parameters: {
        query?: {
          code?: string;
          state?: string;
          iss?: string;
          session_state?: string;
          error?: string;
          error_description?: string;
        };
      };
      responses: {
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/auth/oidc/totp": {
    /** After single sign-on, give the one-time code of two-factor authentication; sets the session cookie */
    post: {
      requestBody: {
        content: {
          "application/json": {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              user: {
                id: string;
                email: string;
                name: string;
                installationOwner: boolean;
                totpEnabled: boolean;
              };
              csrfToken: string;
              expiresAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs": {
    /** Your organizations */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
                id: string;
                slug: string;
                name: string;
                role: string;
              }[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Create an organization; its creator becomes its owner */
    post: {
      requestBody: {
        content: {
          "application/json": {
            slug: string;
            name: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              slug: string;
              name: string;
              role: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}": {
    /** One organization and your role in it */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              slug: string;
              name: string;
              role: string;
              permissions: string[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/members": {
    /** Members and roles */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                email: string;
                name: string;
                role: string;
                /** @description Job title: records naming it as owner reach this person */
                title: string | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Give a user a role */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            email: string;
            /** @enum {string} */
            role: "owner" | "admin" | "editor" | "auditor" | "viewer";
            /** @description Job title; omitted leaves it as it is */
            title?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              email: string;
              role: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/members/{email}": {
    /** Take a user out of the organization (never its last owner) */
    delete: {
      parameters: {
        path: {
          slug: string;
          email: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/audit-trail": {
    /** The organization's audit trail, newest first (filter by entity or control; page with before) */
    get: {
      parameters: {
        query?: {
          entityType?: string;
          entityId?: string;
          controlId?: string;
          before?: number;
          limit?: number;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                seq: number;
                at: string;
                actor: string;
                actorName: string;
                entityType: string;
                entityId: string;
                action: string;
                /** @description The record's people-facing id while it exists ("R-001", "A.5.15") */
                subject: string | null;
                /** @description For updates { field: [before, after] }; for inserts and deletes the row (long text cut) */
                changes: unknown;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/audit-trail/verify": {
    /** Verify the organization's hash-chained audit trail */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": OneOf<[{
              /** @enum {boolean} */
              ok: true;
              events: number;
            }, {
              /** @enum {boolean} */
              ok: false;
              events: number;
              /** @description The id of the first event that does not fit */
              brokenAt: string;
              reason: string;
            }]>;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/readiness": {
    /** Certification readiness per clause, Annex A per theme, blockers */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description 0..1: clauses and Annex A weighed equally */
              overall: number;
              clauses: ({
                  id: string;
                  title: string;
                  /** @enum {string} */
                  status: "met" | "partial" | "missing";
                  reasons: string[];
                })[];
              themes: {
                  theme: string;
                  score: number;
                }[];
              blockers: ({
                  stage: 1 | 2;
                  ref: string;
                  message: string;
                  /** @description what fixes it, as an action each client words in its own way */
                  fix: {
                    /** @enum {string} */
                    action: "add-document" | "add-context-issue" | "record-climate" | "add-interested-party" | "set-scope" | "add-role" | "add-competence" | "add-awareness" | "add-risks" | "define-risk-method" | "assign-risk-owners" | "treat-risks" | "approve-soa" | "resolve-soa-problems" | "add-objective" | "measure-objective" | "add-assessment" | "plan-audit" | "complete-audit" | "record-review" | "handle-nonconformities" | "record-incident-process" | "send-notifications" | "review-suppliers";
                    args?: {
                      [key: string]: string;
                    };
                  };
                })[];
              /** @description What the operational registers need done soon */
              attention: {
                expiringCertificates: ({
                    supplierKey: string;
                    supplier: string;
                    document: string | null;
                    expiresOn: string;
                  })[];
                dueNotifications: ({
                    incidentKey: string;
                    title: string;
                    label: string;
                    dueAt: string;
                    /** @enum {string} */
                    state: "overdue" | "due_soon" | "later";
                  })[];
                supplierReviewsDue: {
                    supplierKey: string;
                    supplier: string;
                    nextReviewOn: string;
                  }[];
                requirementReviewsDue: {
                    key: string;
                    title: string;
                    reviewOn: string;
                  }[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/users": {
    /** Every user of the installation (no credentials) */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
                id: string;
                email: string;
                name: string;
                installationOwner: boolean;
                disabled: boolean;
                totpEnabled: boolean;
                createdAt: string;
              }[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{email}/disable": {
    /** Disable an account: sign-in is refused, its sessions and API tokens end at once */
    post: {
      parameters: {
        path: {
          email: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              sessionsEnded: number;
              tokensRevoked: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{email}/enable": {
    /** Let a disabled account sign in again */
    post: {
      parameters: {
        path: {
          email: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/users/{email}/sessions": {
    /** End every session of a user (sign them out everywhere) */
    delete: {
      parameters: {
        path: {
          email: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              sessionsEnded: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/catalog/controls": {
    /** Annex A controls with guidance, filtered */
    get: {
      parameters: {
        query?: {
          theme?: string;
          attribute?: string;
          new?: "true" | "false";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                /** @description The Annex A number, "8.11" */
                id: string;
                title: string;
                /** @enum {string} */
                theme: "organizational" | "people" | "physical" | "technological";
                attributes: {
                  controlType: ("Preventive" | "Detective" | "Corrective")[];
                  securityProperties: ("Confidentiality" | "Integrity" | "Availability")[];
                  cybersecurityConcepts: ("Identify" | "Protect" | "Detect" | "Respond" | "Recover")[];
                  operationalCapabilities: ("Governance" | "Asset_management" | "Information_protection" | "Human_resource_security" | "Physical_security" | "System_and_network_security" | "Application_security" | "Secure_configuration" | "Identity_and_access_management" | "Threat_and_vulnerability_management" | "Continuity" | "Supplier_relationships_security" | "Legal_and_compliance" | "Information_security_event_management" | "Information_security_assurance")[];
                  securityDomains: ("Governance_and_Ecosystem" | "Protection" | "Defence" | "Resilience")[];
                };
                /** @description No predecessor in ISO/IEC 27001:2013 */
                isNew: boolean;
                /** @description The 2013 controls it derives from, "A.12.4.1" */
                iso27001_2013: string[];
                guidance: {
                  purpose: string;
                  implementation: string[];
                  scale: {
                    small: string;
                    large: string;
                  };
                  evidence: string[];
                  pitfalls: string[];
                  /** @description Controls ("8.12") and clauses ("clause:6.1.3") */
                  related: string[];
                  keywords: string[];
                };
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/catalog/entries/{id}": {
    /** A control, clause (clause:5.1) or 2013 control */
    get: {
      parameters: {
        path: {
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": OneOf<[{
              /** @description The Annex A number, "8.11" */
              id: string;
              title: string;
              /** @enum {string} */
              theme: "organizational" | "people" | "physical" | "technological";
              attributes: {
                controlType: ("Preventive" | "Detective" | "Corrective")[];
                securityProperties: ("Confidentiality" | "Integrity" | "Availability")[];
                cybersecurityConcepts: ("Identify" | "Protect" | "Detect" | "Respond" | "Recover")[];
                operationalCapabilities: ("Governance" | "Asset_management" | "Information_protection" | "Human_resource_security" | "Physical_security" | "System_and_network_security" | "Application_security" | "Secure_configuration" | "Identity_and_access_management" | "Threat_and_vulnerability_management" | "Continuity" | "Supplier_relationships_security" | "Legal_and_compliance" | "Information_security_event_management" | "Information_security_assurance")[];
                securityDomains: ("Governance_and_Ecosystem" | "Protection" | "Defence" | "Resilience")[];
              };
              /** @description No predecessor in ISO/IEC 27001:2013 */
              isNew: boolean;
              /** @description The 2013 controls it derives from, "A.12.4.1" */
              iso27001_2013: string[];
              guidance: {
                purpose: string;
                implementation: string[];
                scale: {
                  small: string;
                  large: string;
                };
                evidence: string[];
                pitfalls: string[];
                /** @description Controls ("8.12") and clauses ("clause:6.1.3") */
                related: string[];
                keywords: string[];
              };
              /** @enum {string} */
              kind: "control";
            }, {
              /** @description "6.1.3" */
              id: string;
              title: string;
              parent: string | null;
              summary: string;
              mandatoryDocuments: string[];
              keywords: string[];
              newIn2022?: boolean;
              /** @enum {string} */
              kind: "clause";
            }, {
              /** @description "A.12.4.1" */
              id: string;
              title: string;
              /** @description The 2022 controls that took it over */
              iso27001_2022: string[];
              /** @enum {string} */
              kind: "control2013";
            }]>;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/catalog/clauses": {
    /** Clauses 4–10 */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                /** @description "6.1.3" */
                id: string;
                title: string;
                parent: string | null;
                summary: string;
                mandatoryDocuments: string[];
                keywords: string[];
                newIn2022?: boolean;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/assets": {
    /** The asset inventory */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                orgId: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                key: string;
                name: string;
                /** @description information | software | hardware | service | people | site */
                type: string;
                description: string | null;
                owner: string | null;
                location: string | null;
                /** @description public | internal | confidential | restricted */
                classification: string | null;
                /** @description 1 low to 3 high */
                confidentiality: number | null;
                /** @description 1 low to 3 high */
                integrity: number | null;
                /** @description 1 low to 3 high */
                availability: number | null;
                /** @description What you may do with it */
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add an asset */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            key?: string;
            name: string;
            /** @enum {string} */
            type: "information" | "software" | "hardware" | "service" | "people" | "site";
            description?: string | null;
            owner?: string | null;
            location?: string | null;
            classification?: ("public" | "internal" | "confidential" | "restricted") | null;
            confidentiality?: number | null;
            integrity?: number | null;
            availability?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              name: string;
              /** @description information | software | hardware | service | people | site */
              type: string;
              description: string | null;
              owner: string | null;
              location: string | null;
              /** @description public | internal | confidential | restricted */
              classification: string | null;
              /** @description 1 low to 3 high */
              confidentiality: number | null;
              /** @description 1 low to 3 high */
              integrity: number | null;
              /** @description 1 low to 3 high */
              availability: number | null;
              /** @description What you may do with it */
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/assets/{key}": {
    /** One asset (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              name: string;
              /** @description information | software | hardware | service | people | site */
              type: string;
              description: string | null;
              owner: string | null;
              location: string | null;
              /** @description public | internal | confidential | restricted */
              classification: string | null;
              /** @description 1 low to 3 high */
              confidentiality: number | null;
              /** @description 1 low to 3 high */
              integrity: number | null;
              /** @description 1 low to 3 high */
              availability: number | null;
              /** @description What you may do with it */
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Delete an asset; needs If-Match */
    delete: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Update an asset; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            /** @enum {string} */
            type?: "information" | "software" | "hardware" | "service" | "people" | "site";
            description?: string | null;
            owner?: string | null;
            location?: string | null;
            classification?: ("public" | "internal" | "confidential" | "restricted") | null;
            confidentiality?: number | null;
            integrity?: number | null;
            availability?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              name: string;
              /** @description information | software | hardware | service | people | site */
              type: string;
              description: string | null;
              owner: string | null;
              location: string | null;
              /** @description public | internal | confidential | restricted */
              classification: string | null;
              /** @description 1 low to 3 high */
              confidentiality: number | null;
              /** @description 1 low to 3 high */
              integrity: number | null;
              /** @description 1 low to 3 high */
              availability: number | null;
              /** @description What you may do with it */
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risks": {
    /**
     * The risk register
     * @description Sorted, filtered and paged by the server; the number of matching risks is in X-Total-Count.
     */
    get: {
      parameters: {
        query?: {
          limit?: number;
          offset?: number;
          sort?: "key" | "title" | "owner" | "inherentScore" | "residualScore" | "status" | "treatment" | "nextReviewOn";
          dir?: "asc" | "desc";
          q?: string;
          level?: string;
          status?: "open" | "treatment" | "accepted" | "closed";
          treatment?: "modify" | "retain" | "avoid" | "share";
          owner?: string;
          which?: "inherent" | "residual";
          l?: number;
          i?: number;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                key: string;
                title: string;
                description: string | null;
                threat: string | null;
                vulnerability: string | null;
                consequence: string | null;
                /** @description "C", "I", "A" */
                cia: string[];
                owner: string | null;
                /** @description Asset keys */
                assets: string[];
                inherent: {
                  likelihood: number;
                  impact: number;
                  score: number;
                  /** @description The level's name in the methodology */
                  level: string;
                } | null;
                existingControls: string | null;
                /** @description modify | retain | avoid | share */
                treatment: string | null;
                /** @description Planned Annex A controls */
                controls: string[];
                ownControls: string[];
                actions: ({
                    id: string;
                    title: string;
                    owner: string | null;
                    dueOn: string | null;
                    /** @description open | in_progress | done | cancelled */
                    status: string;
                    completedOn: string | null;
                  })[];
                residual: {
                  likelihood: number;
                  impact: number;
                  score: number;
                  /** @description The level's name in the methodology */
                  level: string;
                } | null;
                residualJustification: string | null;
                acceptance: ({
                  by: string;
                  at: string | null;
                  comment: string | null;
                  exception: string | null;
                }) | null;
                lastReviewedOn: string | null;
                nextReviewOn: string | null;
                /** @description open | treatment | accepted | closed */
                status: string;
                version: number;
                /** @description What you may do with it */
                abilities: {
                  update: boolean;
                  delete: boolean;
                };
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add a risk, scored with the organization's methodology */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            key?: string;
            title: string;
            description?: string | null;
            threat?: string | null;
            vulnerability?: string | null;
            consequence?: string | null;
            /** @default [] */
            cia?: ("C" | "I" | "A")[];
            owner?: string | null;
            /** @default [] */
            assets?: string[];
            inherent: {
              likelihood: number;
              impact: number;
            };
            existingControls?: string | null;
            treatment?: ("modify" | "retain" | "avoid" | "share") | null;
            /** @default [] */
            controls?: string[];
            /** @default [] */
            ownControls?: string[];
            /** @default [] */
            actions?: ({
                title: string;
                owner?: string | null;
                dueOn?: string | null;
                /**
                 * @default open
                 * @enum {string}
                 */
                status?: "open" | "in_progress" | "done" | "cancelled";
              })[];
            residual?: {
              likelihood: number;
              impact: number;
            } | null;
            residualJustification?: string | null;
            acceptance?: ({
              by: string;
              at?: string | null;
              comment?: string | null;
              exception?: string | null;
            }) | null;
            lastReviewedOn?: string | null;
            nextReviewOn?: string | null;
            /** @enum {string} */
            status?: "open" | "treatment" | "accepted" | "closed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              key: string;
              title: string;
              description: string | null;
              threat: string | null;
              vulnerability: string | null;
              consequence: string | null;
              /** @description "C", "I", "A" */
              cia: string[];
              owner: string | null;
              /** @description Asset keys */
              assets: string[];
              inherent: {
                likelihood: number;
                impact: number;
                score: number;
                /** @description The level's name in the methodology */
                level: string;
              } | null;
              existingControls: string | null;
              /** @description modify | retain | avoid | share */
              treatment: string | null;
              /** @description Planned Annex A controls */
              controls: string[];
              ownControls: string[];
              actions: ({
                  id: string;
                  title: string;
                  owner: string | null;
                  dueOn: string | null;
                  /** @description open | in_progress | done | cancelled */
                  status: string;
                  completedOn: string | null;
                })[];
              residual: {
                likelihood: number;
                impact: number;
                score: number;
                /** @description The level's name in the methodology */
                level: string;
              } | null;
              residualJustification: string | null;
              acceptance: ({
                by: string;
                at: string | null;
                comment: string | null;
                exception: string | null;
              }) | null;
              lastReviewedOn: string | null;
              nextReviewOn: string | null;
              /** @description open | treatment | accepted | closed */
              status: string;
              version: number;
              /** @description What you may do with it */
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risk-owners": {
    /** The owners named in the risk register, with their number of risks */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
                owner: string;
                risks: number;
              }[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risks/{key}": {
    /** One risk (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              key: string;
              title: string;
              description: string | null;
              threat: string | null;
              vulnerability: string | null;
              consequence: string | null;
              /** @description "C", "I", "A" */
              cia: string[];
              owner: string | null;
              /** @description Asset keys */
              assets: string[];
              inherent: {
                likelihood: number;
                impact: number;
                score: number;
                /** @description The level's name in the methodology */
                level: string;
              } | null;
              existingControls: string | null;
              /** @description modify | retain | avoid | share */
              treatment: string | null;
              /** @description Planned Annex A controls */
              controls: string[];
              ownControls: string[];
              actions: ({
                  id: string;
                  title: string;
                  owner: string | null;
                  dueOn: string | null;
                  /** @description open | in_progress | done | cancelled */
                  status: string;
                  completedOn: string | null;
                })[];
              residual: {
                likelihood: number;
                impact: number;
                score: number;
                /** @description The level's name in the methodology */
                level: string;
              } | null;
              residualJustification: string | null;
              acceptance: ({
                by: string;
                at: string | null;
                comment: string | null;
                exception: string | null;
              }) | null;
              lastReviewedOn: string | null;
              nextReviewOn: string | null;
              /** @description open | treatment | accepted | closed */
              status: string;
              version: number;
              /** @description What you may do with it */
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Delete a risk; needs If-Match */
    delete: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Update a risk; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            key?: string;
            title?: string;
            description?: string | null;
            threat?: string | null;
            vulnerability?: string | null;
            consequence?: string | null;
            cia?: ("C" | "I" | "A")[];
            owner?: string | null;
            assets?: string[];
            inherent?: {
              likelihood: number;
              impact: number;
            };
            existingControls?: string | null;
            treatment?: ("modify" | "retain" | "avoid" | "share") | null;
            controls?: string[];
            ownControls?: string[];
            actions?: ({
                title: string;
                owner?: string | null;
                dueOn?: string | null;
                /**
                 * @default open
                 * @enum {string}
                 */
                status?: "open" | "in_progress" | "done" | "cancelled";
              })[];
            residual?: {
              likelihood: number;
              impact: number;
            } | null;
            residualJustification?: string | null;
            acceptance?: ({
              by: string;
              at?: string | null;
              comment?: string | null;
              exception?: string | null;
            }) | null;
            lastReviewedOn?: string | null;
            nextReviewOn?: string | null;
            /** @enum {string} */
            status?: "open" | "treatment" | "accepted" | "closed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              key: string;
              title: string;
              description: string | null;
              threat: string | null;
              vulnerability: string | null;
              consequence: string | null;
              /** @description "C", "I", "A" */
              cia: string[];
              owner: string | null;
              /** @description Asset keys */
              assets: string[];
              inherent: {
                likelihood: number;
                impact: number;
                score: number;
                /** @description The level's name in the methodology */
                level: string;
              } | null;
              existingControls: string | null;
              /** @description modify | retain | avoid | share */
              treatment: string | null;
              /** @description Planned Annex A controls */
              controls: string[];
              ownControls: string[];
              actions: ({
                  id: string;
                  title: string;
                  owner: string | null;
                  dueOn: string | null;
                  /** @description open | in_progress | done | cancelled */
                  status: string;
                  completedOn: string | null;
                })[];
              residual: {
                likelihood: number;
                impact: number;
                score: number;
                /** @description The level's name in the methodology */
                level: string;
              } | null;
              residualJustification: string | null;
              acceptance: ({
                by: string;
                at: string | null;
                comment: string | null;
                exception: string | null;
              }) | null;
              lastReviewedOn: string | null;
              nextReviewOn: string | null;
              /** @description open | treatment | accepted | closed */
              status: string;
              version: number;
              /** @description What you may do with it */
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risk-views": {
    /** Heat maps, top risks, overdue actions, gaps, risks per control (only=heatMap: the heat maps alone, counted in SQL) */
    get: {
      parameters: {
        query?: {
          only?: "heatMap";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              heatMap: {
                /** @description Risk counts by [likelihood - 1][impact - 1] */
                inherent: number[][];
                /** @description Risk counts by [likelihood - 1][impact - 1] */
                residual: number[][];
              };
              /** @description Keys of the ten highest current risks */
              top?: string[];
              overdueActions?: ({
                  riskKey: string;
                  title: string;
                  owner: string | null;
                  dueOn: string;
                  daysOverdue: number;
                })[];
              gaps?: {
                withoutOwner: string[];
                withoutTreatment: string[];
                reviewOverdue: string[];
              };
              /** @description Annex A control id → keys of the risks that plan it */
              risksPerControl?: {
                [key: string]: string[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risk-method": {
    /** The risk methodology (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              method: {
                likelihood: {
                    value: number;
                    name: string;
                    description: string;
                  }[];
                impact: {
                    value: number;
                    name: string;
                    description: string;
                  }[];
                scoring: OneOf<[{
                  /** @enum {string} */
                  kind: "product";
                }, {
                  /** @enum {string} */
                  kind: "sum";
                }, {
                  /** @enum {string} */
                  kind: "matrix";
                  /** @description Scores by [likelihood - 1][impact - 1] */
                  matrix: number[][];
                }]>;
                levels: {
                    name: string;
                    maxScore: number;
                    colour: string;
                  }[];
                acceptanceMaxScore: number;
                /** @enum {string} */
                approach: "asset-based" | "scenario-based";
                reviewIntervalMonths: number;
              };
              /** @description null while the built-in default is in force */
              version: number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Adopt a methodology and rescale risks; needs If-Match ("0" while the default is in force); expectedChanges must match the preview */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            methodology: {
              [key: string]: unknown;
            };
            expectedChanges: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              changes: ({
                  key: string;
                  inherent: {
                    from: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                    to: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                  } | null;
                  residual: {
                    from: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                    to: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                  } | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risk-method/preview": {
    /** What a new methodology would change for existing risks */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            [key: string]: unknown;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              method: {
                likelihood: {
                    value: number;
                    name: string;
                    description: string;
                  }[];
                impact: {
                    value: number;
                    name: string;
                    description: string;
                  }[];
                scoring: OneOf<[{
                  /** @enum {string} */
                  kind: "product";
                }, {
                  /** @enum {string} */
                  kind: "sum";
                }, {
                  /** @enum {string} */
                  kind: "matrix";
                  /** @description Scores by [likelihood - 1][impact - 1] */
                  matrix: number[][];
                }]>;
                levels: {
                    name: string;
                    maxScore: number;
                    colour: string;
                  }[];
                acceptanceMaxScore: number;
                /** @enum {string} */
                approach: "asset-based" | "scenario-based";
                reviewIntervalMonths: number;
              };
              changes: ({
                  key: string;
                  inherent: {
                    from: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                    to: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                  } | null;
                  residual: {
                    from: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                    to: {
                      likelihood: number;
                      impact: number;
                      score: number;
                      /** @description The level's name in the methodology */
                      level: string;
                    };
                  } | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa": {
    /** The 93 SoA entries */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              latestVersion: number | null;
              changedSinceLatest: boolean;
              entries: ({
                  controlId: string;
                  title: string;
                  theme: string;
                  /** @description the control's objective, from the catalog */
                  purpose: string;
                  applicable: boolean | null;
                  reasons: ("risk" | "legal" | "contractual" | "business")[];
                  justification: string | null;
                  /** @enum {string} */
                  status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
                  notes: string | null;
                  owner: string | null;
                  nextReviewOn: string | null;
                  /** @description keys of the risks whose treatment plans the control */
                  risks: string[];
                  evidence: number;
                  /** @description linked evidence that is not stale */
                  currentEvidence: number;
                  version: number;
                  abilities: {
                    update: boolean;
                    delete: boolean;
                  };
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/{controlId}": {
    /** One SoA entry (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
          controlId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              controlId: string;
              title: string;
              theme: string;
              /** @description the control's objective, from the catalog */
              purpose: string;
              applicable: boolean | null;
              reasons: ("risk" | "legal" | "contractual" | "business")[];
              justification: string | null;
              /** @enum {string} */
              status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
              notes: string | null;
              owner: string | null;
              nextReviewOn: string | null;
              /** @description keys of the risks whose treatment plans the control */
              risks: string[];
              evidence: number;
              /** @description linked evidence that is not stale */
              currentEvidence: number;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Record a decision; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          controlId: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            applicable?: boolean | null;
            reasons?: ("legal" | "contractual" | "business")[];
            justification?: string | null;
            /** @enum {string} */
            status?: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
            notes?: string | null;
            owner?: string | null;
            nextReviewOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              controlId: string;
              title: string;
              theme: string;
              /** @description the control's objective, from the catalog */
              purpose: string;
              applicable: boolean | null;
              reasons: ("risk" | "legal" | "contractual" | "business")[];
              justification: string | null;
              /** @enum {string} */
              status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
              notes: string | null;
              owner: string | null;
              nextReviewOn: string | null;
              /** @description keys of the risks whose treatment plans the control */
              risks: string[];
              evidence: number;
              /** @description linked evidence that is not stale */
              currentEvidence: number;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/entries/{controlId}": {
    /** One SoA entry (alias of /soa/{controlId}) */
    get: {
      parameters: {
        path: {
          slug: string;
          controlId: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              controlId: string;
              title: string;
              theme: string;
              /** @description the control's objective, from the catalog */
              purpose: string;
              applicable: boolean | null;
              reasons: ("risk" | "legal" | "contractual" | "business")[];
              justification: string | null;
              /** @enum {string} */
              status: "not_started" | "planned" | "partial" | "implemented" | "not_applicable";
              notes: string | null;
              owner: string | null;
              nextReviewOn: string | null;
              /** @description keys of the risks whose treatment plans the control */
              risks: string[];
              evidence: number;
              /** @description linked evidence that is not stale */
              currentEvidence: number;
              version: number;
              abilities: {
                update: boolean;
                delete: boolean;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/lint": {
    /** SoA problems that would hurt at audit */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              problems: {
                  controlId?: string;
                  code: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/approve": {
    /** Approve the SoA as the next immutable version */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string;
            /** @description the person who approved; the signed-in user if absent */
            approvedBy?: string;
            approverRole?: string;
            /** @description required while controls are undecided */
            undecidedReason?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              number: number;
              approvedAt: string;
              /** @description controls still undecided when approved */
              undecided: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/versions": {
    /** Approved SoA versions */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                number: number;
                approvedBy: string;
                approverRole: string | null;
                /** @description who recorded the approval, when not the approver */
                recordedBy: string | null;
                undecidedReason: string | null;
                approvedAt: string;
                note: string | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/diff": {
    /** Changes between versions (or a version and current) */
    get: {
      parameters: {
        query: {
          from: string;
          to?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              from: string;
              to: string;
              controls: {
                  controlId: string;
                  changes: {
                      field: string;
                      from: unknown;
                      to: unknown;
                    }[];
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/readiness": {
    /** Annex A readiness per theme */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              overall: number;
              themes: {
                  theme: string;
                  score: number;
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/evidence": {
    /** Evidence with freshness, filtered by theme, attribute, control, freshness */
    get: {
      parameters: {
        query?: {
          theme?: string;
          attribute?: string;
          control?: string;
          freshness?: "current" | "due_soon" | "stale";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                title: string;
                /** @description file | link | policy (a published policy, kept current by its reviews) */
                kind: string;
                url: string | null;
                filename: string | null;
                sha256: string | null;
                size: number | null;
                mime: string | null;
                collectedOn: string | null;
                effectiveFrom: string | null;
                effectiveTo: string | null;
                reviewDueOn: string | null;
                owner: string | null;
                /** @enum {string} */
                freshness: "current" | "due_soon" | "stale";
                controls: string[];
                /** @description Risk keys */
                risks: string[];
                /** @description Audit keys */
                audits: string[];
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/evidence/links": {
    /** Record a link as evidence */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            collectedOn?: string;
            effectiveFrom?: string;
            effectiveTo?: string;
            reviewDueOn?: string;
            owner?: string;
            title: string;
            /** Format: uri */
            url: string;
            /**
             * @default {
             *   "controls": [],
             *   "risks": []
             * }
             */
            links?: {
              /** @default [] */
              controls?: string[];
              /** @default [] */
              risks?: string[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              /** @description file | link | policy (a published policy, kept current by its reviews) */
              kind: string;
              url: string | null;
              filename: string | null;
              sha256: string | null;
              size: number | null;
              mime: string | null;
              collectedOn: string | null;
              effectiveFrom: string | null;
              effectiveTo: string | null;
              reviewDueOn: string | null;
              owner: string | null;
              description: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/evidence/files": {
    /** Upload a file as evidence (raw body, application/octet-stream); metadata in the query */
    post: {
      parameters: {
        query: {
          collectedOn?: string;
          effectiveFrom?: string;
          effectiveTo?: string;
          reviewDueOn?: string;
          owner?: string;
          title: string;
          filename: string;
          mime?: string;
          controls?: string;
          risks?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              /** @description file | link | policy (a published policy, kept current by its reviews) */
              kind: string;
              url: string | null;
              filename: string | null;
              sha256: string | null;
              size: number | null;
              mime: string | null;
              collectedOn: string | null;
              effectiveFrom: string | null;
              effectiveTo: string | null;
              reviewDueOn: string | null;
              owner: string | null;
              description: string | null;
              duplicateOf: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/evidence/{key}/file": {
    /** Download an evidence file */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description The file as uploaded, with its own media type */
        200: {
          content: {
            "application/octet-stream": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/notes": {
    /** Implementation notes by theme or attribute */
    get: {
      parameters: {
        query?: {
          theme?: string;
          attribute?: string;
          control?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                controlId: string;
                body: string;
                author: string | null;
                createdAt: string;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add an implementation note to a control */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            controlId: string;
            body: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              controlId: string;
              body: string;
              author: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/risks/import": {
    /**
     * Import a risk register (text/csv or XLSX body); all rows or none
     * @description With columns=true, only reads the headers and answers how each column would be mapped (with map applied) and which row is the header (headerRow overrides it). values (JSON, column -> value -> value to use) places values of enumerated columns; createAssets=false refuses rows naming assets the inventory lacks.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
          map?: string;
          columns?: "true" | "false";
          headerRow?: number;
          values?: string;
          createAssets?: "true" | "false";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
              imported: number;
              updated: number;
              unchanged: number;
              errors: {
                  line: number;
                  column: string;
                  message: string;
                }[];
              /** @description Columns of the file that were not used */
              ignoredColumns: string[];
              dryRun: boolean;
              /** @description Row number of the header in the file */
              headerRow: number;
              /** @description Rows that are not risks: notes below the table, empty rows */
              skippedRows: {
                  line: number;
                  reason: string;
                }[];
              /** @description Values of enumerated columns the import could not place; choose one of `allowed` for each */
              unknownValues: ({
                  column: string;
                  field: string;
                  value: string;
                  lines: number[];
                  allowed: string[];
                  suggestion: string | null;
                })[];
              /** @description Assets named in the file and added to the inventory */
              createdAssets: {
                  key: string;
                  name: string;
                }[];
              /** @description What the import assumed, such as the order of day and month */
              notes: string[];
            }) | ({
              headers: ({
                  header: string;
                  field: ("key" | "title" | "description" | "threat" | "vulnerability" | "consequence" | "owner" | "assets" | "cia" | "likelihood" | "impact" | "existingControls" | "treatment" | "controls" | "ownControls" | "residualLikelihood" | "residualImpact" | "residualJustification" | "acceptedBy" | "acceptanceComment" | "acceptanceException" | "nextReviewOn" | "status" | "targetDate" | "comments") | null;
                })[];
              /** @description Every field a column can fill */
              fields: ("key" | "title" | "description" | "threat" | "vulnerability" | "consequence" | "owner" | "assets" | "cia" | "likelihood" | "impact" | "existingControls" | "treatment" | "controls" | "ownControls" | "residualLikelihood" | "residualImpact" | "residualJustification" | "acceptedBy" | "acceptanceComment" | "acceptanceException" | "nextReviewOn" | "status" | "targetDate" | "comments")[];
              /** @description Rows that are risks, below the header */
              rows: number;
              /** @description Row number of the header in the file, found or chosen */
              headerRow: number;
              /** @description Rows below the header that are not risks */
              skippedRows: number;
            });
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              [key: string]: unknown;
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/assets/import": {
    /**
     * Import an asset inventory (text/csv or XLSX body, e.g. a CMDB export); all rows or none
     * @description The header row is found from the column names unless headerRow names it; values (JSON, column -> value -> value to use) places types, classifications and C/I/A levels the import does not recognise. Assets are matched by key, or by name when the file has no key column.
     */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
          map?: string;
          headerRow?: number;
          values?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              imported: number;
              updated: number;
              unchanged: number;
              errors: {
                  line: number;
                  column: string;
                  message: string;
                }[];
              /** @description Columns of the file that were not used */
              ignoredColumns: string[];
              dryRun: boolean;
              /** @description Row number of the header in the file */
              headerRow: number;
              /** @description Rows that are not assets: notes below the table, rows without a name */
              skippedRows: {
                  line: number;
                  reason: string;
                }[];
              /** @description Values of enumerated columns the import could not place; choose one of `allowed` for each */
              unknownValues: ({
                  column: string;
                  field: string;
                  value: string;
                  lines: number[];
                  allowed: string[];
                  suggestion: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              [key: string]: unknown;
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/soa/import-2013": {
    /** Carry an ISO/IEC 27001:2013 SoA (text/csv or XLSX body) onto the 2022 controls */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
          map?: string;
          force?: "true" | "false";
          headerRow?: number;
          values?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description 2022 controls that received a decision */
              carried: number;
              conflicts: {
                  controlId: string;
                  /** @description The 2013 controls whose decisions disagree */
                  from: string[];
                  detail: string;
                }[];
              undecided: string[];
              /** @description 2022 controls left as they were because they already had a 2022 decision */
              keptExisting: string[];
              errors: {
                  line: number;
                  column: string;
                  message: string;
                }[];
              /** @description Row number of the header in the file, found or chosen */
              headerRow: number;
              /** @description Rows that are not decisions: notes below the table */
              skippedRows: {
                  line: number;
                  reason: string;
                }[];
              /** @description Values of enumerated columns the import could not place; choose one of `allowed` for each */
              unknownValues: ({
                  column: string;
                  field: string;
                  value: string;
                  lines: number[];
                  allowed: string[];
                  suggestion: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              [key: string]: unknown;
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/issues/{id}": {
    /** Delete an issue; needs If-Match */
    delete: {
      parameters: {
        path: {
          slug: string;
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Edit an internal or external issue; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind?: "internal" | "external";
            title?: string;
            description?: string | null;
            category?: string | null;
            climateRelated?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              kind: string;
              title: string;
              description: string | null;
              category: string | null;
              climateRelated: 0 | 1;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/parties/{id}": {
    /** Delete an interested party; needs If-Match */
    delete: {
      parameters: {
        path: {
          slug: string;
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Edit an interested party and its requirements; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            description?: string | null;
            requirements?: ({
                text: string;
                addressed: boolean;
                addressedBy?: string | null;
              })[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              name: string;
              description: string | null;
              /** @description JSON text: [{ text, addressed, addressedBy }] */
              requirements: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/parties/{id}/requirements/{index}": {
    /** Mark a requirement of an interested party addressed (and by what) or open */
    put: {
      parameters: {
        path: {
          slug: string;
          id: string;
          index: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            addressed: boolean;
            addressedBy?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              name: string;
              description: string | null;
              /** @description JSON text: [{ text, addressed, addressedBy }] */
              requirements: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/climate": {
    /** Record whether climate change is a relevant issue (4.1, Amd 1:2024) and why */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            relevant: boolean;
            reason?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              statement: string;
              boundaries: string | null;
              interfaces: string | null;
              dependencies: string | null;
              exclusions: string | null;
              climateRelevant: (0 | 1) | null;
              climateReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context": {
    /** Issues, interested parties and scope (4.1–4.3) */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              scope: ({
                id: string;
                orgId: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                statement: string;
                boundaries: string | null;
                interfaces: string | null;
                dependencies: string | null;
                exclusions: string | null;
                climateRelevant: (0 | 1) | null;
                climateReason: string | null;
              }) | null;
              climate: ({
                relevant: boolean;
                reason: string | null;
              }) | null;
              issues: ({
                  id: string;
                  version: number;
                  kind: string;
                  title: string;
                  description: string | null;
                  category: string | null;
                  climateRelated: boolean;
                })[];
              interestedParties: ({
                  id: string;
                  version: number;
                  name: string;
                  description: string | null;
                  requirements: ({
                      text: string;
                      addressed: boolean;
                      addressedBy: string | null;
                    })[];
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/issues": {
    /** Add an internal or external issue */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "internal" | "external";
            title: string;
            description?: string;
            category?: string;
            climateRelated?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              kind: string;
              title: string;
              description: string | null;
              category: string | null;
              climateRelated: 0 | 1;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/parties": {
    /** Add an interested party */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name: string;
            description?: string;
            /** @default [] */
            requirements?: {
                text: string;
                addressed: boolean;
              }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              name: string;
              description: string | null;
              /** @description JSON text: [{ text, addressed, addressedBy }] */
              requirements: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/context/scope": {
    /** Set the ISMS scope */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            statement: string;
            boundaries?: string;
            interfaces?: string;
            dependencies?: string;
            exclusions?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              statement: string;
              boundaries: string | null;
              interfaces: string | null;
              dependencies: string | null;
              exclusions: string | null;
              climateRelevant: (0 | 1) | null;
              climateReason: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/documents": {
    /** The document register */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                orgId: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                key: string;
                title: string;
                docType: string;
                docVersion: string | null;
                owner: string | null;
                approvedBy: string | null;
                approvedOn: string | null;
                classification: string | null;
                reviewMonths: number | null;
                retention: string | null;
                location: string | null;
                nextReviewOn: string | null;
                /** @description The policy template the document was drafted from */
                templateKey: string | null;
                clauseRefs: string[];
                /** @description Annex A controls the document serves */
                controlRefs: string[];
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add documented information */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            docType?: string;
            docVersion?: string;
            owner?: string;
            approvedBy?: string;
            approvedOn?: string;
            classification?: string;
            reviewMonths?: number;
            retention?: string;
            location?: string;
            /** @default [] */
            clauseRefs?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              docType: string;
              docVersion: string | null;
              owner: string | null;
              approvedBy: string | null;
              approvedOn: string | null;
              classification: string | null;
              reviewMonths: number | null;
              retention: string | null;
              location: string | null;
              nextReviewOn: string | null;
              /** @description The policy template the document was drafted from */
              templateKey: string | null;
              /** @description JSON text: clause ids */
              clauseRefs: string;
              /** @description JSON text: Annex A control ids */
              controlRefs: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/documents/checklist": {
    /** Mandatory documented information and what is missing */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                clause: string;
                document: string;
                present: boolean;
                satisfiedBy: ("record" | "document" | "evidence") | null;
                records: ({
                    label: string;
                    /** @description the web app's page, relative to the organization */
                    page: string;
                    version: string | null;
                    approvedBy: string | null;
                    date: string | null;
                  })[];
                documents: string[];
                evidenceControls: string[];
                fix: {
                  /** @enum {string} */
                  action: "add-document" | "add-context-issue" | "record-climate" | "add-interested-party" | "set-scope" | "add-role" | "add-competence" | "add-awareness" | "add-risks" | "define-risk-method" | "assign-risk-owners" | "treat-risks" | "approve-soa" | "resolve-soa-problems" | "add-objective" | "measure-objective" | "add-assessment" | "plan-audit" | "complete-audit" | "record-review" | "handle-nonconformities" | "record-incident-process" | "send-notifications" | "review-suppliers";
                  args?: {
                    [key: string]: string;
                  };
                };
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/objectives": {
    /** Objectives with results */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                orgId: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                key: string;
                title: string;
                description: string | null;
                measure: string | null;
                target: string | null;
                owner: string | null;
                dueOn: string | null;
                status: string;
                measurements: ({
                    measuredOn: string;
                    value: number;
                    note: string | null;
                  })[];
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Set an objective */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            description?: string;
            measure?: string;
            target?: string;
            owner?: string;
            dueOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              description: string | null;
              measure: string | null;
              target: string | null;
              owner: string | null;
              dueOn: string | null;
              status: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/objectives/{key}/measurements": {
    /** Record a result */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            value: number;
            measuredOn?: string;
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              objectiveId: string | null;
              metric: string;
              measuredOn: string;
              value: number;
              note: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/registers/{register}": {
    /** A register of clauses 5.3, 6.3, 7.2–7.4, 8.2, 10.1 */
    get: {
      parameters: {
        path: {
          slug: string;
          register: "roles" | "changes" | "competence" | "awareness" | "comms" | "assessments" | "improvements";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                orgId: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                [key: string]: string | number | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add to a register */
    post: {
      parameters: {
        path: {
          slug: string;
          register: "roles" | "changes" | "competence" | "awareness" | "comms" | "assessments" | "improvements";
        };
      };
      requestBody: {
        content: {
          "application/json": {
            [key: string]: string;
          };
        };
      };
      responses: {
        /** @description The columns of the register's fields, beside the common ones */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              [key: string]: string | number | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/policy-templates": {
    /** Policy templates to start from */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                title: string;
                /** @enum {string} */
                kind: "top-level" | "topic-specific";
                controls: string[];
                clauses: string[];
                reviewMonths: number;
                summary: string;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies": {
    /** Policies and procedures with their state, approval, next review and acknowledgements */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                title: string;
                docType: string;
                owner: string | null;
                /** @enum {string} */
                state: "draft" | "in_review" | "approved" | "published" | "superseded";
                version: number | null;
                approvedBy: string | null;
                effectiveFrom: string | null;
                nextReviewOn: string | null;
                needsReview: boolean;
                acknowledged: number;
                pending: number;
                templateKey: string | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Start a policy, from a template (filled with the organization's name and scope) or blank */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description A policy template's key (see /policy-templates) */
            template?: string;
            title?: string;
            /** @enum {string} */
            docType?: "policy" | "procedure";
            owner?: string;
            reviewMonths?: number;
            /** @description Markdown; the template's text when left out */
            content?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              title: string;
              docType: string;
              owner: string | null;
              reviewMonths: number | null;
              clauseRefs: string[];
              controlRefs: string[];
              templateKey: string | null;
              nextReviewOn: string | null;
              needsReview: boolean;
              versions: ({
                  number: number;
                  /** @enum {string} */
                  state: "draft" | "in_review" | "approved" | "published" | "superseded";
                  title: string;
                  /** @description Markdown */
                  content: string;
                  /** @description SHA-256 of the content, fixed when sent for review */
                  contentSha256: string | null;
                  filename: string | null;
                  changeSummary: string | null;
                  /** @description Everyone acknowledges this version again */
                  significant: boolean;
                  submittedBy: string | null;
                  submittedAt: string | null;
                  approvedBy: string | null;
                  approverRole: string | null;
                  approvedAt: string | null;
                  publishedBy: string | null;
                  publishedAt: string | null;
                  effectiveFrom: string | null;
                  supersededAt: string | null;
                  audience: {
                    everyone: boolean;
                    roles: string[];
                    people: {
                        name: string;
                        email: string;
                      }[];
                  } | null;
                  comments: ({
                      id: string;
                      author: string;
                      section: string | null;
                      quote: string | null;
                      body: string;
                      createdAt: string;
                      resolved: boolean;
                    })[];
                })[];
              reviews: ({
                  reviewedBy: string;
                  reviewedOn: string;
                  outcome: string;
                  note: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}": {
    /** A policy with every version, its comments and reviews */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              docType: string;
              owner: string | null;
              reviewMonths: number | null;
              clauseRefs: string[];
              controlRefs: string[];
              templateKey: string | null;
              nextReviewOn: string | null;
              needsReview: boolean;
              versions: ({
                  number: number;
                  /** @enum {string} */
                  state: "draft" | "in_review" | "approved" | "published" | "superseded";
                  title: string;
                  /** @description Markdown */
                  content: string;
                  /** @description SHA-256 of the content, fixed when sent for review */
                  contentSha256: string | null;
                  filename: string | null;
                  changeSummary: string | null;
                  /** @description Everyone acknowledges this version again */
                  significant: boolean;
                  submittedBy: string | null;
                  submittedAt: string | null;
                  approvedBy: string | null;
                  approverRole: string | null;
                  approvedAt: string | null;
                  publishedBy: string | null;
                  publishedAt: string | null;
                  effectiveFrom: string | null;
                  supersededAt: string | null;
                  audience: {
                    everyone: boolean;
                    roles: string[];
                    people: {
                        name: string;
                        email: string;
                      }[];
                  } | null;
                  comments: ({
                      id: string;
                      author: string;
                      section: string | null;
                      quote: string | null;
                      body: string;
                      createdAt: string;
                      resolved: boolean;
                    })[];
                })[];
              reviews: ({
                  reviewedBy: string;
                  reviewedOn: string;
                  outcome: string;
                  note: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions": {
    /** Start the next version as a draft, copied from the latest */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            changeSummary?: string;
            /** @description Everyone acknowledges again once it is published */
            significant?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              number: number;
              /** @enum {string} */
              state: "draft" | "in_review" | "approved" | "published" | "superseded";
              title: string;
              /** @description Markdown */
              content: string;
              /** @description SHA-256 of the content, fixed when sent for review */
              contentSha256: string | null;
              filename: string | null;
              changeSummary: string | null;
              /** @description Everyone acknowledges this version again */
              significant: boolean;
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approverRole: string | null;
              approvedAt: string | null;
              publishedBy: string | null;
              publishedAt: string | null;
              effectiveFrom: string | null;
              supersededAt: string | null;
              audience: {
                everyone: boolean;
                roles: string[];
                people: {
                    name: string;
                    email: string;
                  }[];
              } | null;
              comments: ({
                  id: string;
                  author: string;
                  section: string | null;
                  quote: string | null;
                  body: string;
                  createdAt: string;
                  resolved: boolean;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions/{n}": {
    /** Change a draft (a version sent for review, approved or published never changes) */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
          n: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            content?: string;
            changeSummary?: string | null;
            significant?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              number: number;
              /** @enum {string} */
              state: "draft" | "in_review" | "approved" | "published" | "superseded";
              title: string;
              /** @description Markdown */
              content: string;
              /** @description SHA-256 of the content, fixed when sent for review */
              contentSha256: string | null;
              filename: string | null;
              changeSummary: string | null;
              /** @description Everyone acknowledges this version again */
              significant: boolean;
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approverRole: string | null;
              approvedAt: string | null;
              publishedBy: string | null;
              publishedAt: string | null;
              effectiveFrom: string | null;
              supersededAt: string | null;
              audience: {
                everyone: boolean;
                roles: string[];
                people: {
                    name: string;
                    email: string;
                  }[];
              } | null;
              comments: ({
                  id: string;
                  author: string;
                  section: string | null;
                  quote: string | null;
                  body: string;
                  createdAt: string;
                  resolved: boolean;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions/{n}/comments": {
    /** Comment on a draft or a version in review, on a section or quoted words */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
          n: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            body: string;
            /** @description The heading of the section commented on */
            section?: string;
            /** @description The words commented on */
            quote?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              author: string;
              section: string | null;
              quote: string | null;
              body: string;
              createdAt: string;
              resolved: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions/{n}/submit": {
    /** Send a draft for review (its content's SHA-256 is fixed) */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
          n: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              number: number;
              /** @enum {string} */
              state: "draft" | "in_review" | "approved" | "published" | "superseded";
              title: string;
              /** @description Markdown */
              content: string;
              /** @description SHA-256 of the content, fixed when sent for review */
              contentSha256: string | null;
              filename: string | null;
              changeSummary: string | null;
              /** @description Everyone acknowledges this version again */
              significant: boolean;
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approverRole: string | null;
              approvedAt: string | null;
              publishedBy: string | null;
              publishedAt: string | null;
              effectiveFrom: string | null;
              supersededAt: string | null;
              audience: {
                everyone: boolean;
                roles: string[];
                people: {
                    name: string;
                    email: string;
                  }[];
              } | null;
              comments: ({
                  id: string;
                  author: string;
                  section: string | null;
                  quote: string | null;
                  body: string;
                  createdAt: string;
                  resolved: boolean;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions/{n}/return": {
    /** Return a version in review to draft */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
          n: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            reason?: string;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              number: number;
              /** @enum {string} */
              state: "draft" | "in_review" | "approved" | "published" | "superseded";
              title: string;
              /** @description Markdown */
              content: string;
              /** @description SHA-256 of the content, fixed when sent for review */
              contentSha256: string | null;
              filename: string | null;
              changeSummary: string | null;
              /** @description Everyone acknowledges this version again */
              significant: boolean;
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approverRole: string | null;
              approvedAt: string | null;
              publishedBy: string | null;
              publishedAt: string | null;
              effectiveFrom: string | null;
              supersededAt: string | null;
              audience: {
                everyone: boolean;
                roles: string[];
                people: {
                    name: string;
                    email: string;
                  }[];
              } | null;
              comments: ({
                  id: string;
                  author: string;
                  section: string | null;
                  quote: string | null;
                  body: string;
                  createdAt: string;
                  resolved: boolean;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions/{n}/approve": {
    /** Approve a version in review as the signed-in person, who confirms it is them with their password (or a one-time code with two-factor sign-in) */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
          n: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description The approver's role, e.g. CEO */
            role: string;
            note?: string;
            currentPassword?: string;
            code?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              number: number;
              /** @enum {string} */
              state: "draft" | "in_review" | "approved" | "published" | "superseded";
              title: string;
              /** @description Markdown */
              content: string;
              /** @description SHA-256 of the content, fixed when sent for review */
              contentSha256: string | null;
              filename: string | null;
              changeSummary: string | null;
              /** @description Everyone acknowledges this version again */
              significant: boolean;
              submittedBy: string | null;
              submittedAt: string | null;
              approvedBy: string | null;
              approverRole: string | null;
              approvedAt: string | null;
              publishedBy: string | null;
              publishedAt: string | null;
              effectiveFrom: string | null;
              supersededAt: string | null;
              audience: {
                everyone: boolean;
                roles: string[];
                people: {
                    name: string;
                    email: string;
                  }[];
              } | null;
              comments: ({
                  id: string;
                  author: string;
                  section: string | null;
                  quote: string | null;
                  body: string;
                  createdAt: string;
                  resolved: boolean;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/versions/{n}/publish": {
    /** Publish an approved version with its effective date and ask its audience to acknowledge it (by e-mail when mail is set up) */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
          n: number;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @description Defaults to today */
            effectiveFrom?: string;
            audience: {
              /** @default false */
              everyone?: boolean;
              /** @default [] */
              roles?: ("owner" | "admin" | "editor" | "auditor" | "viewer")[];
              /** @default [] */
              people?: {
                  name: string;
                  /** Format: email */
                  email: string;
                }[];
            };
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              version: {
                number: number;
                /** @enum {string} */
                state: "draft" | "in_review" | "approved" | "published" | "superseded";
                title: string;
                /** @description Markdown */
                content: string;
                /** @description SHA-256 of the content, fixed when sent for review */
                contentSha256: string | null;
                filename: string | null;
                changeSummary: string | null;
                /** @description Everyone acknowledges this version again */
                significant: boolean;
                submittedBy: string | null;
                submittedAt: string | null;
                approvedBy: string | null;
                approverRole: string | null;
                approvedAt: string | null;
                publishedBy: string | null;
                publishedAt: string | null;
                effectiveFrom: string | null;
                supersededAt: string | null;
                audience: {
                  everyone: boolean;
                  roles: string[];
                  people: {
                      name: string;
                      email: string;
                    }[];
                } | null;
                comments: ({
                    id: string;
                    author: string;
                    section: string | null;
                    quote: string | null;
                    body: string;
                    createdAt: string;
                    resolved: boolean;
                  })[];
              };
              /** @description People asked to acknowledge */
              requested: number;
              /** @description Requests sent by e-mail (0 when mail is not set up) */
              emailed: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/compare": {
    /** What changed between two versions, line by line */
    get: {
      parameters: {
        query: {
          from: number;
          to: number;
        };
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              from: number;
              to: number;
              parts: ({
                  /** @enum {string} */
                  kind: "same" | "added" | "removed";
                  text: string;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/review": {
    /** Record a scheduled review that changed nothing; the next review is planned */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              docType: string;
              owner: string | null;
              reviewMonths: number | null;
              clauseRefs: string[];
              controlRefs: string[];
              templateKey: string | null;
              nextReviewOn: string | null;
              needsReview: boolean;
              versions: ({
                  number: number;
                  /** @enum {string} */
                  state: "draft" | "in_review" | "approved" | "published" | "superseded";
                  title: string;
                  /** @description Markdown */
                  content: string;
                  /** @description SHA-256 of the content, fixed when sent for review */
                  contentSha256: string | null;
                  filename: string | null;
                  changeSummary: string | null;
                  /** @description Everyone acknowledges this version again */
                  significant: boolean;
                  submittedBy: string | null;
                  submittedAt: string | null;
                  approvedBy: string | null;
                  approverRole: string | null;
                  approvedAt: string | null;
                  publishedBy: string | null;
                  publishedAt: string | null;
                  effectiveFrom: string | null;
                  supersededAt: string | null;
                  audience: {
                    everyone: boolean;
                    roles: string[];
                    people: {
                        name: string;
                        email: string;
                      }[];
                  } | null;
                  comments: ({
                      id: string;
                      author: string;
                      section: string | null;
                      quote: string | null;
                      body: string;
                      createdAt: string;
                      resolved: boolean;
                    })[];
                })[];
              reviews: ({
                  reviewedBy: string;
                  reviewedOn: string;
                  outcome: string;
                  note: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/acknowledgements": {
    /** Who has and has not acknowledged the version in force */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              version: number | null;
              contentSha256: string | null;
              total: number;
              acknowledged: number;
              pending: number;
              people: ({
                  id: string;
                  person: string;
                  email: string | null;
                  member: boolean;
                  requestedAt: string;
                  acknowledgedAt: string | null;
                  via: ("account" | "link") | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/acknowledge": {
    /** Acknowledge the version in force as the signed-in person */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              acknowledgedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/acknowledgements/{id}/link": {
    /** A new one-time link for one person to acknowledge with (the earlier link stops working) */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
          id: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              url: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/policies/{key}/acknowledgements/remind": {
    /** E-mail everyone still pending a reminder with a fresh one-time link (needs mail) */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              reminded: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/ack/{token}": {
    /** The policy a one-time acknowledgement link is for (no sign-in) */
    get: {
      parameters: {
        path: {
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              organization: string;
              title: string;
              version: number;
              effectiveFrom: string | null;
              content: string;
              contentSha256: string | null;
              person: string;
              acknowledgedAt: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Acknowledge through a one-time link (no sign-in); the link then stops working */
    post: {
      parameters: {
        path: {
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              acknowledgedAt: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/suppliers": {
    /** Suppliers and cloud services, with review and certificate expiry flags */
    get: {
      parameters: {
        query?: {
          criticality?: "low" | "medium" | "high" | "critical";
          status?: "onboarding" | "active" | "offboarded";
          q?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                name: string;
                services: string | null;
                dataCategories: string | null;
                /** @enum {string} */
                criticality: "low" | "medium" | "high" | "critical";
                /** @enum {string} */
                status: "onboarding" | "active" | "offboarded";
                owner: string | null;
                contact: string | null;
                cloudService: boolean;
                /** @description For a cloud service: what the provider does and what we do (5.23) */
                sharedResponsibility: string | null;
                /** @description The contract's security terms: true, false, or null when not checked */
                contract: {
                  securityRequirements: boolean | null;
                  dataProcessingAgreement: boolean | null;
                  breachNotification: boolean | null;
                  rightToAudit: boolean | null;
                  subprocessors: boolean | null;
                  exitAndDataReturn: boolean | null;
                };
                nextReviewOn: string | null;
                /** @description Annex A control ids */
                controlRefs: string[];
                notes: string | null;
                version: number;
                reviewDue: boolean;
                latestAssessment: ({
                  id: string;
                  assessedOn: string;
                  /** @enum {string} */
                  method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                  /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                  document: string | null;
                  documentExpiresOn: string | null;
                  /** @enum {string} */
                  result: "acceptable" | "conditional" | "unacceptable";
                  /** @enum {string} */
                  residualRisk: "low" | "medium" | "high";
                  assessor: string | null;
                  notes: string | null;
                }) | null;
                certificateExpiresOn: string | null;
                /** @description Expired or expiring within 60 days */
                certificateExpiring: boolean;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add a supplier or cloud service */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            key?: string;
            name: string;
            services?: string | null;
            dataCategories?: string | null;
            /** @enum {string} */
            criticality: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            status?: "onboarding" | "active" | "offboarded";
            owner?: string | null;
            contact?: string | null;
            cloudService?: boolean;
            sharedResponsibility?: string | null;
            contract?: {
              securityRequirements?: boolean | null;
              dataProcessingAgreement?: boolean | null;
              breachNotification?: boolean | null;
              rightToAudit?: boolean | null;
              subprocessors?: boolean | null;
              exitAndDataReturn?: boolean | null;
            };
            nextReviewOn?: string | null;
            controlRefs?: string[];
            notes?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              name: string;
              services: string | null;
              dataCategories: string | null;
              /** @enum {string} */
              criticality: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "onboarding" | "active" | "offboarded";
              owner: string | null;
              contact: string | null;
              cloudService: boolean;
              /** @description For a cloud service: what the provider does and what we do (5.23) */
              sharedResponsibility: string | null;
              /** @description The contract's security terms: true, false, or null when not checked */
              contract: {
                securityRequirements: boolean | null;
                dataProcessingAgreement: boolean | null;
                breachNotification: boolean | null;
                rightToAudit: boolean | null;
                subprocessors: boolean | null;
                exitAndDataReturn: boolean | null;
              };
              nextReviewOn: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              notes: string | null;
              version: number;
              reviewDue: boolean;
              latestAssessment: ({
                id: string;
                assessedOn: string;
                /** @enum {string} */
                method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                document: string | null;
                documentExpiresOn: string | null;
                /** @enum {string} */
                result: "acceptable" | "conditional" | "unacceptable";
                /** @enum {string} */
                residualRisk: "low" | "medium" | "high";
                assessor: string | null;
                notes: string | null;
              }) | null;
              certificateExpiresOn: string | null;
              /** @description Expired or expiring within 60 days */
              certificateExpiring: boolean;
              assessments: ({
                  id: string;
                  assessedOn: string;
                  /** @enum {string} */
                  method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                  /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                  document: string | null;
                  documentExpiresOn: string | null;
                  /** @enum {string} */
                  result: "acceptable" | "conditional" | "unacceptable";
                  /** @enum {string} */
                  residualRisk: "low" | "medium" | "high";
                  assessor: string | null;
                  notes: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/suppliers/{key}": {
    /** A supplier with its assessments (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              name: string;
              services: string | null;
              dataCategories: string | null;
              /** @enum {string} */
              criticality: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "onboarding" | "active" | "offboarded";
              owner: string | null;
              contact: string | null;
              cloudService: boolean;
              /** @description For a cloud service: what the provider does and what we do (5.23) */
              sharedResponsibility: string | null;
              /** @description The contract's security terms: true, false, or null when not checked */
              contract: {
                securityRequirements: boolean | null;
                dataProcessingAgreement: boolean | null;
                breachNotification: boolean | null;
                rightToAudit: boolean | null;
                subprocessors: boolean | null;
                exitAndDataReturn: boolean | null;
              };
              nextReviewOn: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              notes: string | null;
              version: number;
              reviewDue: boolean;
              latestAssessment: ({
                id: string;
                assessedOn: string;
                /** @enum {string} */
                method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                document: string | null;
                documentExpiresOn: string | null;
                /** @enum {string} */
                result: "acceptable" | "conditional" | "unacceptable";
                /** @enum {string} */
                residualRisk: "low" | "medium" | "high";
                assessor: string | null;
                notes: string | null;
              }) | null;
              certificateExpiresOn: string | null;
              /** @description Expired or expiring within 60 days */
              certificateExpiring: boolean;
              assessments: ({
                  id: string;
                  assessedOn: string;
                  /** @enum {string} */
                  method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                  /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                  document: string | null;
                  documentExpiresOn: string | null;
                  /** @enum {string} */
                  result: "acceptable" | "conditional" | "unacceptable";
                  /** @enum {string} */
                  residualRisk: "low" | "medium" | "high";
                  assessor: string | null;
                  notes: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Change a supplier; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            name?: string;
            services?: string | null;
            dataCategories?: string | null;
            /** @enum {string} */
            criticality?: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            status?: "onboarding" | "active" | "offboarded";
            owner?: string | null;
            contact?: string | null;
            cloudService?: boolean;
            sharedResponsibility?: string | null;
            contract?: {
              securityRequirements?: boolean | null;
              dataProcessingAgreement?: boolean | null;
              breachNotification?: boolean | null;
              rightToAudit?: boolean | null;
              subprocessors?: boolean | null;
              exitAndDataReturn?: boolean | null;
            };
            nextReviewOn?: string | null;
            controlRefs?: string[];
            notes?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              name: string;
              services: string | null;
              dataCategories: string | null;
              /** @enum {string} */
              criticality: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "onboarding" | "active" | "offboarded";
              owner: string | null;
              contact: string | null;
              cloudService: boolean;
              /** @description For a cloud service: what the provider does and what we do (5.23) */
              sharedResponsibility: string | null;
              /** @description The contract's security terms: true, false, or null when not checked */
              contract: {
                securityRequirements: boolean | null;
                dataProcessingAgreement: boolean | null;
                breachNotification: boolean | null;
                rightToAudit: boolean | null;
                subprocessors: boolean | null;
                exitAndDataReturn: boolean | null;
              };
              nextReviewOn: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              notes: string | null;
              version: number;
              reviewDue: boolean;
              latestAssessment: ({
                id: string;
                assessedOn: string;
                /** @enum {string} */
                method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                document: string | null;
                documentExpiresOn: string | null;
                /** @enum {string} */
                result: "acceptable" | "conditional" | "unacceptable";
                /** @enum {string} */
                residualRisk: "low" | "medium" | "high";
                assessor: string | null;
                notes: string | null;
              }) | null;
              certificateExpiresOn: string | null;
              /** @description Expired or expiring within 60 days */
              certificateExpiring: boolean;
              assessments: ({
                  id: string;
                  assessedOn: string;
                  /** @enum {string} */
                  method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                  /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                  document: string | null;
                  documentExpiresOn: string | null;
                  /** @enum {string} */
                  result: "acceptable" | "conditional" | "unacceptable";
                  /** @enum {string} */
                  residualRisk: "low" | "medium" | "high";
                  assessor: string | null;
                  notes: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/suppliers/{key}/assessments": {
    /** Record an assessment (certificate, SOC 2 report, questionnaire, audit) and plan the next review */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            assessedOn: string;
            /** @enum {string} */
            method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
            document?: string | null;
            documentExpiresOn?: string | null;
            /** @enum {string} */
            result: "acceptable" | "conditional" | "unacceptable";
            /** @enum {string} */
            residualRisk: "low" | "medium" | "high";
            assessor?: string | null;
            notes?: string | null;
            /** @description When to assess again; defaults to a year after this one */
            nextReviewOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              name: string;
              services: string | null;
              dataCategories: string | null;
              /** @enum {string} */
              criticality: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "onboarding" | "active" | "offboarded";
              owner: string | null;
              contact: string | null;
              cloudService: boolean;
              /** @description For a cloud service: what the provider does and what we do (5.23) */
              sharedResponsibility: string | null;
              /** @description The contract's security terms: true, false, or null when not checked */
              contract: {
                securityRequirements: boolean | null;
                dataProcessingAgreement: boolean | null;
                breachNotification: boolean | null;
                rightToAudit: boolean | null;
                subprocessors: boolean | null;
                exitAndDataReturn: boolean | null;
              };
              nextReviewOn: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              notes: string | null;
              version: number;
              reviewDue: boolean;
              latestAssessment: ({
                id: string;
                assessedOn: string;
                /** @enum {string} */
                method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                document: string | null;
                documentExpiresOn: string | null;
                /** @enum {string} */
                result: "acceptable" | "conditional" | "unacceptable";
                /** @enum {string} */
                residualRisk: "low" | "medium" | "high";
                assessor: string | null;
                notes: string | null;
              }) | null;
              certificateExpiresOn: string | null;
              /** @description Expired or expiring within 60 days */
              certificateExpiring: boolean;
              assessments: ({
                  id: string;
                  assessedOn: string;
                  /** @enum {string} */
                  method: "certificate" | "soc2" | "questionnaire" | "audit" | "other";
                  /** @description What was received, e.g. an ISO/IEC 27001 certificate and its scope */
                  document: string | null;
                  documentExpiresOn: string | null;
                  /** @enum {string} */
                  result: "acceptable" | "conditional" | "unacceptable";
                  /** @enum {string} */
                  residualRisk: "low" | "medium" | "high";
                  assessor: string | null;
                  notes: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/suppliers/{key}/raise-risk": {
    /** Add a risk to the register for the supplier's residual risk */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              riskKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/operations/attention": {
    /** Supplier certificates expiring, notifications due, supplier and requirement reviews due */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              expiringCertificates: ({
                  supplierKey: string;
                  supplier: string;
                  document: string | null;
                  expiresOn: string;
                })[];
              dueNotifications: ({
                  incidentKey: string;
                  title: string;
                  label: string;
                  dueAt: string;
                  /** @enum {string} */
                  state: "overdue" | "due_soon" | "later";
                })[];
              supplierReviewsDue: {
                  supplierKey: string;
                  supplier: string;
                  nextReviewOn: string;
                }[];
              requirementReviewsDue: {
                  key: string;
                  title: string;
                  reviewOn: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents": {
    /** Events and incidents, newest first, with their notification obligations */
    get: {
      parameters: {
        query?: {
          status?: "open" | "contained" | "recovered" | "closed";
          severity?: "low" | "medium" | "high" | "critical";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                title: string;
                description: string | null;
                /** @enum {string} */
                kind: "event" | "incident";
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                /** @enum {string} */
                status: "open" | "contained" | "recovered" | "closed";
                reportedBy: string | null;
                reportedAt: string;
                /** @description When it became known: notification clocks start here */
                detectedAt: string;
                personalData: boolean;
                closedAt: string | null;
                lessonsLearned: string | null;
                /** @description Annex A control ids */
                controlRefs: string[];
                version: number;
                notifications: ({
                    id: string;
                    /** @enum {string} */
                    obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                    label: string;
                    recipient: string | null;
                    dueAt: string | null;
                    sentAt: string | null;
                    reference: string | null;
                    /** @enum {string} */
                    state: "sent" | "overdue" | "due_soon" | "later" | "none";
                  })[];
                nextDue: string | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Report an event (anyone in the organization may) */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            key?: string;
            title: string;
            description?: string | null;
            /** @enum {string} */
            kind?: "event" | "incident";
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            /**
             * Format: date-time
             * @description When it became known; defaults to now
             */
            detectedAt?: string;
            reportedBy?: string | null;
            personalData?: boolean;
            controlRefs?: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              title: string;
              description: string | null;
              /** @enum {string} */
              kind: "event" | "incident";
              /** @enum {string} */
              severity: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "open" | "contained" | "recovered" | "closed";
              reportedBy: string | null;
              reportedAt: string;
              /** @description When it became known: notification clocks start here */
              detectedAt: string;
              personalData: boolean;
              closedAt: string | null;
              lessonsLearned: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              version: number;
              notifications: ({
                  id: string;
                  /** @enum {string} */
                  obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                  label: string;
                  recipient: string | null;
                  dueAt: string | null;
                  sentAt: string | null;
                  reference: string | null;
                  /** @enum {string} */
                  state: "sent" | "overdue" | "due_soon" | "later" | "none";
                })[];
              nextDue: string | null;
              entries: ({
                  id: string;
                  at: string;
                  /** @enum {string} */
                  phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
                  note: string;
                  author: string | null;
                  evidenceKey: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/stats": {
    /** Incidents per severity: how many, how many closed, median hours to close (9.1) */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                /** @enum {string} */
                severity: "low" | "medium" | "high" | "critical";
                count: number;
                closed: number;
                medianHoursToClose: number | null;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/{key}": {
    /** An incident with its timeline (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              description: string | null;
              /** @enum {string} */
              kind: "event" | "incident";
              /** @enum {string} */
              severity: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "open" | "contained" | "recovered" | "closed";
              reportedBy: string | null;
              reportedAt: string;
              /** @description When it became known: notification clocks start here */
              detectedAt: string;
              personalData: boolean;
              closedAt: string | null;
              lessonsLearned: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              version: number;
              notifications: ({
                  id: string;
                  /** @enum {string} */
                  obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                  label: string;
                  recipient: string | null;
                  dueAt: string | null;
                  sentAt: string | null;
                  reference: string | null;
                  /** @enum {string} */
                  state: "sent" | "overdue" | "due_soon" | "later" | "none";
                })[];
              nextDue: string | null;
              entries: ({
                  id: string;
                  at: string;
                  /** @enum {string} */
                  phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
                  note: string;
                  author: string | null;
                  evidenceKey: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Triage, change or close an incident (closing needs lessons learned); needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            description?: string | null;
            /** @enum {string} */
            kind?: "event" | "incident";
            /** @enum {string} */
            severity?: "low" | "medium" | "high" | "critical";
            personalData?: boolean;
            controlRefs?: string[];
            /** @enum {string} */
            status?: "open" | "contained" | "recovered" | "closed";
            lessonsLearned?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              description: string | null;
              /** @enum {string} */
              kind: "event" | "incident";
              /** @enum {string} */
              severity: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "open" | "contained" | "recovered" | "closed";
              reportedBy: string | null;
              reportedAt: string;
              /** @description When it became known: notification clocks start here */
              detectedAt: string;
              personalData: boolean;
              closedAt: string | null;
              lessonsLearned: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              version: number;
              notifications: ({
                  id: string;
                  /** @enum {string} */
                  obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                  label: string;
                  recipient: string | null;
                  dueAt: string | null;
                  sentAt: string | null;
                  reference: string | null;
                  /** @enum {string} */
                  state: "sent" | "overdue" | "due_soon" | "later" | "none";
                })[];
              nextDue: string | null;
              entries: ({
                  id: string;
                  at: string;
                  /** @enum {string} */
                  phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
                  note: string;
                  author: string | null;
                  evidenceKey: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/{key}/entries": {
    /** Add an entry to the timeline */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
            note: string;
            /**
             * Format: date-time
             * @description ISO 8601 date and time
             */
            at?: string;
            evidenceKey?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              title: string;
              description: string | null;
              /** @enum {string} */
              kind: "event" | "incident";
              /** @enum {string} */
              severity: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "open" | "contained" | "recovered" | "closed";
              reportedBy: string | null;
              reportedAt: string;
              /** @description When it became known: notification clocks start here */
              detectedAt: string;
              personalData: boolean;
              closedAt: string | null;
              lessonsLearned: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              version: number;
              notifications: ({
                  id: string;
                  /** @enum {string} */
                  obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                  label: string;
                  recipient: string | null;
                  dueAt: string | null;
                  sentAt: string | null;
                  reference: string | null;
                  /** @enum {string} */
                  state: "sent" | "overdue" | "due_soon" | "later" | "none";
                })[];
              nextDue: string | null;
              entries: ({
                  id: string;
                  at: string;
                  /** @enum {string} */
                  phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
                  note: string;
                  author: string | null;
                  evidenceKey: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/{key}/notifications": {
    /** Add a notification obligation; its due time counts from detection (72 h, 24 h, 72 h, one month) */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
            recipient?: string | null;
            /** @description For an obligation of your own */
            hours?: number | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              title: string;
              description: string | null;
              /** @enum {string} */
              kind: "event" | "incident";
              /** @enum {string} */
              severity: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "open" | "contained" | "recovered" | "closed";
              reportedBy: string | null;
              reportedAt: string;
              /** @description When it became known: notification clocks start here */
              detectedAt: string;
              personalData: boolean;
              closedAt: string | null;
              lessonsLearned: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              version: number;
              notifications: ({
                  id: string;
                  /** @enum {string} */
                  obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                  label: string;
                  recipient: string | null;
                  dueAt: string | null;
                  sentAt: string | null;
                  reference: string | null;
                  /** @enum {string} */
                  state: "sent" | "overdue" | "due_soon" | "later" | "none";
                })[];
              nextDue: string | null;
              entries: ({
                  id: string;
                  at: string;
                  /** @enum {string} */
                  phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
                  note: string;
                  author: string | null;
                  evidenceKey: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/{key}/notifications/{id}": {
    /** Record that a notification was sent, and its reference */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
          id: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            sentAt?: string | null;
            reference?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              description: string | null;
              /** @enum {string} */
              kind: "event" | "incident";
              /** @enum {string} */
              severity: "low" | "medium" | "high" | "critical";
              /** @enum {string} */
              status: "open" | "contained" | "recovered" | "closed";
              reportedBy: string | null;
              reportedAt: string;
              /** @description When it became known: notification clocks start here */
              detectedAt: string;
              personalData: boolean;
              closedAt: string | null;
              lessonsLearned: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              version: number;
              notifications: ({
                  id: string;
                  /** @enum {string} */
                  obligation: "gdpr-breach" | "nis2-early-warning" | "nis2-notification" | "nis2-final-report" | "other";
                  label: string;
                  recipient: string | null;
                  dueAt: string | null;
                  sentAt: string | null;
                  reference: string | null;
                  /** @enum {string} */
                  state: "sent" | "overdue" | "due_soon" | "later" | "none";
                })[];
              nextDue: string | null;
              entries: ({
                  id: string;
                  at: string;
                  /** @enum {string} */
                  phase: "detection" | "triage" | "containment" | "eradication" | "recovery" | "communication" | "note";
                  note: string;
                  author: string | null;
                  evidenceKey: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/{key}/raise-risk": {
    /** Add a risk to the register from the incident's lessons learned */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              riskKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/{key}/raise-nonconformity": {
    /** Raise a nonconformity from the incident's lessons learned, to correct in 10.2 */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              nonconformityKey: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/requirements": {
    /** Legal, statutory, regulatory and contractual requirements */
    get: {
      parameters: {
        query?: {
          kind?: "legal" | "statutory" | "regulatory" | "contractual";
          /** @description Only those met by this Annex A control */
          control?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                title: string;
                /** @enum {string} */
                kind: "legal" | "statutory" | "regulatory" | "contractual";
                source: string | null;
                jurisdiction: string | null;
                appliesTo: string | null;
                owner: string | null;
                howMet: string | null;
                /** @description Annex A control ids */
                controlRefs: string[];
                documentRefs: string[];
                reviewOn: string | null;
                reviewDue: boolean;
                version: number;
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Add a requirement */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            key?: string;
            title: string;
            /** @enum {string} */
            kind: "legal" | "statutory" | "regulatory" | "contractual";
            /** @description The law, regulation, standard or contract it comes from */
            source?: string | null;
            jurisdiction?: string | null;
            appliesTo?: string | null;
            owner?: string | null;
            howMet?: string | null;
            controlRefs?: string[];
            documentRefs?: string[];
            reviewOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              key: string;
              title: string;
              /** @enum {string} */
              kind: "legal" | "statutory" | "regulatory" | "contractual";
              source: string | null;
              jurisdiction: string | null;
              appliesTo: string | null;
              owner: string | null;
              howMet: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              documentRefs: string[];
              reviewOn: string | null;
              reviewDue: boolean;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/requirements/{key}": {
    /** A requirement (ETag for If-Match) */
    get: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              /** @enum {string} */
              kind: "legal" | "statutory" | "regulatory" | "contractual";
              source: string | null;
              jurisdiction: string | null;
              appliesTo: string | null;
              owner: string | null;
              howMet: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              documentRefs: string[];
              reviewOn: string | null;
              reviewDue: boolean;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Change a requirement; needs If-Match */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            /** @enum {string} */
            kind?: "legal" | "statutory" | "regulatory" | "contractual";
            /** @description The law, regulation, standard or contract it comes from */
            source?: string | null;
            jurisdiction?: string | null;
            appliesTo?: string | null;
            owner?: string | null;
            howMet?: string | null;
            controlRefs?: string[];
            documentRefs?: string[];
            reviewOn?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              key: string;
              title: string;
              /** @enum {string} */
              kind: "legal" | "statutory" | "regulatory" | "contractual";
              source: string | null;
              jurisdiction: string | null;
              appliesTo: string | null;
              owner: string | null;
              howMet: string | null;
              /** @description Annex A control ids */
              controlRefs: string[];
              documentRefs: string[];
              reviewOn: string | null;
              reviewDue: boolean;
              version: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        409: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        412: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        428: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/suppliers/import": {
    /** Import a supplier list (matched by key, or by supplier name) from a text/csv or XLSX body; all rows or none */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
          map?: string;
          headerRow?: number;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              imported: number;
              updated: number;
              errors: {
                  line: number;
                  column: string;
                  message: string;
                }[];
              ignoredColumns: string[];
              dryRun: boolean;
              headerRow: number;
              skippedRows: {
                  line: number;
                  reason: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              [key: string]: unknown;
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/suppliers/export": {
    /** Download the register as XLSX, DOCX, PDF or CSV (recorded in the audit trail) */
    get: {
      parameters: {
        query?: {
          format?: "xlsx" | "docx" | "pdf" | "csv";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description The register */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
            "application/pdf": string;
            "text/csv": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/import": {
    /** Import an incident log (matched by key, or by title) from a text/csv or XLSX body; all rows or none */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
          map?: string;
          headerRow?: number;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              imported: number;
              updated: number;
              errors: {
                  line: number;
                  column: string;
                  message: string;
                }[];
              ignoredColumns: string[];
              dryRun: boolean;
              headerRow: number;
              skippedRows: {
                  line: number;
                  reason: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              [key: string]: unknown;
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/incidents/export": {
    /** Download the register as XLSX, DOCX, PDF or CSV (recorded in the audit trail) */
    get: {
      parameters: {
        query?: {
          format?: "xlsx" | "docx" | "pdf" | "csv";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description The register */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
            "application/pdf": string;
            "text/csv": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/requirements/import": {
    /** Import a register of legal, statutory, regulatory and contractual requirements (matched by key, or by title) from a text/csv or XLSX body; all rows or none */
    post: {
      parameters: {
        query?: {
          dryRun?: "true" | "false";
          map?: string;
          headerRow?: number;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              imported: number;
              updated: number;
              errors: {
                  line: number;
                  column: string;
                  message: string;
                }[];
              ignoredColumns: string[];
              dryRun: boolean;
              headerRow: number;
              skippedRows: {
                  line: number;
                  reason: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        422: {
          content: {
            "application/json": {
              [key: string]: unknown;
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/requirements/export": {
    /** Download the register as XLSX, DOCX, PDF or CSV (recorded in the audit trail) */
    get: {
      parameters: {
        query?: {
          format?: "xlsx" | "docx" | "pdf" | "csv";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description The register */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
            "application/pdf": string;
            "text/csv": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/calendar": {
    /** Every dated obligation of the ISMS (reviews, actions, expiries, audits, notification deadlines), earliest first */
    get: {
      parameters: {
        query?: {
          /** @description Only those owned by this person (name, e-mail or job title) or under a role they hold */
          owner?: string;
          from?: string;
          to?: string;
          /** @description Leave out obligations already met */
          open?: "true" | "false";
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              items: ({
                  /** @enum {string} */
                  kind: "risk-review" | "treatment-action" | "control-review" | "evidence-review" | "document-review" | "supplier-review" | "certificate-expiry" | "requirement-review" | "internal-audit" | "management-review" | "corrective-action" | "objective" | "incident-notification" | "acknowledgement";
                  title: string;
                  /** @description YYYY-MM-DD, or an ISO 8601 time for a notification deadline */
                  due: string;
                  owner: string | null;
                  /** @enum {string} */
                  state: "overdue" | "due" | "upcoming" | "done";
                  /** @description The record the obligation comes from */
                  source: {
                    type: string;
                    key: string;
                  };
                  /** @description The app's page for the record, relative to the organization */
                  page: string;
                  /** @description For an obligation that comes back on an interval, its RFC 5545 rule (FREQ=YEARLY) */
                  recurrence: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/me/tasks": {
    /** Your open obligations in every organization you belong to, earliest first */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                /** @enum {string} */
                kind: "risk-review" | "treatment-action" | "control-review" | "evidence-review" | "document-review" | "supplier-review" | "certificate-expiry" | "requirement-review" | "internal-audit" | "management-review" | "corrective-action" | "objective" | "incident-notification" | "acknowledgement";
                title: string;
                /** @description YYYY-MM-DD, or an ISO 8601 time for a notification deadline */
                due: string;
                owner: string | null;
                /** @enum {string} */
                state: "overdue" | "due" | "upcoming" | "done";
                /** @description The record the obligation comes from */
                source: {
                  type: string;
                  key: string;
                };
                /** @description The app's page for the record, relative to the organization */
                page: string;
                /** @description For an obligation that comes back on an interval, its RFC 5545 rule (FREQ=YEARLY) */
                recurrence: string | null;
                organization: {
                  slug: string;
                  name: string;
                };
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/me/calendar-feed": {
    /** A new secret calendar address (iCalendar) for your open obligations in every organization; the previous one stops working */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Subscribe to it in a calendar application; keep it secret */
              url: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Revoke the calendar address for your open obligations in every organization */
    delete: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/calendar-feed": {
    /** A new secret calendar address (iCalendar) for the organization's whole calendar; the previous one stops working */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Subscribe to it in a calendar application; keep it secret */
              url: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Revoke the calendar address for the organization's whole calendar */
    delete: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {boolean} */
              ok: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/calendar/{file}": {
    /** A calendar feed (iCalendar, RFC 5545) at its secret address; 404 once revoked */
    get: {
      parameters: {
        path: {
          file: string;
        };
      };
      responses: {
        /** @description The calendar */
        200: {
          content: {
            "text/calendar": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/me/notifications": {
    /** Your e-mail digest and immediate messages in each organization */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Whether this installation has a mail server; without one nothing is sent */
              mailConfigured: boolean;
              organizations: ({
                  slug: string;
                  name: string;
                  /** @enum {string} */
                  digest: "off" | "daily" | "weekly";
                  alerts: boolean;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/me/notifications/{slug}": {
    /** Choose your digest (off, daily, weekly) and immediate messages in one organization */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description off, daily or weekly
             * @enum {string}
             */
            digest?: "off" | "daily" | "weekly";
            /** @description Immediate messages for notification deadlines and approvals */
            alerts?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              slug: string;
              name: string;
              /** @enum {string} */
              digest: "off" | "daily" | "weekly";
              alerts: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/notifications": {
    /** Set a member's e-mail settings, or (without an e-mail) the default of members who have not chosen */
    put: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /**
             * @description off, daily or weekly
             * @enum {string}
             */
            digest?: "off" | "daily" | "weekly";
            /** @description Immediate messages for notification deadlines and approvals */
            alerts?: boolean;
            /** @description The member; omitted or null sets the default */
            email?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description The member, or null for the organization's default */
              email: string | null;
              /** @enum {string} */
              digest: "off" | "daily" | "weekly";
              alerts: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/sent-messages": {
    /** Messages sent from the organization, newest first: to whom, what, when (never the body) */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              messages: ({
                  recipient: string;
                  kind: string;
                  subject: string;
                  /** @description sending, sent or failed */
                  status: string;
                  attemptedAt: string;
                  sentAt: string | null;
                  error: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/mail/unsubscribe/{token}": {
    /** Whom an unsubscribe link is for and their settings now (no sign-in) */
    get: {
      parameters: {
        path: {
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              email: string;
              organization: string;
              /** @enum {string} */
              digest: "off" | "daily" | "weekly";
              alerts: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Stop this organization's digest and immediate messages to the link's person (no sign-in) */
    post: {
      parameters: {
        path: {
          token: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              email: string;
              organization: string;
              /** @enum {string} */
              digest: "off" | "daily" | "weekly";
              alerts: boolean;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/frameworks": {
    /** Frameworks beside ISO/IEC 27001 with their mappings and the attributions they need */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              frameworks: ({
                  id: string;
                  title: string;
                  version: string;
                  /** @enum {string} */
                  kind: "built-in" | "imported";
                  source: string;
                  licence: string | null;
                  groups: number;
                  requirements: number;
                  mappings: ({
                      id: string;
                      title: string;
                      source: string;
                      licence: string | null;
                      relationship: string;
                      builtIn: boolean;
                      /** @description The words the licence asks to show wherever the mapping is used */
                      attribution: string;
                    })[];
                  attribution: string[];
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/frameworks/{framework}/mappings": {
    /** Import your own mapping onto ISO/IEC 27001:2022 (text/csv: source id, ISO reference, relationship) */
    post: {
      parameters: {
        query?: {
          title?: string;
          source?: string;
          licence?: string;
        };
        path: {
          framework: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              framework: string;
              mapping: {
                id: string;
                title: string;
              };
              pairs: number;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/frameworks/import": {
    /** Import an OSCAL catalog (JSON, OSCAL 1.0 to 1.1) as a framework; the same catalog again changes nothing */
    post: {
      parameters: {
        query?: {
          id?: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              framework: {
                id: string;
                title: string;
                version: string;
              };
              groups: number;
              controls: number;
              /** @enum {string} */
              outcome: "created" | "replaced" | "unchanged";
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/coverage/{framework}": {
    /** How far the ISMS covers a framework: each requirement's mapped ISO references and state */
    get: {
      parameters: {
        path: {
          slug: string;
          framework: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              framework: {
                id: string;
                title: string;
                version: string;
                /** @enum {string} */
                kind: "built-in" | "imported";
                source: string;
                licence: string | null;
                groups: number;
                requirements: number;
                mappings: ({
                    id: string;
                    title: string;
                    source: string;
                    licence: string | null;
                    relationship: string;
                    builtIn: boolean;
                    /** @description The words the licence asks to show wherever the mapping is used */
                    attribution: string;
                  })[];
                attribution: string[];
              };
              summary: {
                covered: number;
                partial: number;
                not_covered: number;
                not_applicable: number;
                unmapped: number;
              };
              sections: {
                  id: string;
                  title: string;
                  counts: {
                    covered: number;
                    partial: number;
                    not_covered: number;
                    not_applicable: number;
                    unmapped: number;
                  };
                }[];
              requirements: ({
                  id: string;
                  label: string | null;
                  title: string;
                  section: string;
                  /** @enum {string} */
                  state: "covered" | "partial" | "not_covered" | "not_applicable" | "unmapped";
                  /** @description Share of the applicable mapped references met (partly counts half) */
                  score: number | null;
                  reasons: string[];
                  iso: ({
                      /** @description "5.15" (Annex A control) or "clause:6.1.2" */
                      ref: string;
                      /** @enum {string} */
                      kind: "control" | "clause";
                      title: string;
                      applicable: boolean | null;
                      status: string;
                      evidence: ("current" | "due_soon" | "stale" | "none") | null;
                    })[];
                  owner: string | null;
                  note: string | null;
                })[];
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/coverage/{framework}/{requirement}": {
    /** Record the owner and what is done for a requirement beyond ISO */
    put: {
      parameters: {
        path: {
          slug: string;
          framework: string;
          requirement: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            owner?: string | null;
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              framework: string;
              requirement: string;
              owner: string | null;
              note: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/audits": {
    /** The internal audit programme with findings */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                id: string;
                orgId: string;
                version: number;
                createdAt: string;
                updatedAt: string;
                key: string;
                title: string;
                scope: string | null;
                impartialityException: string | null;
                criteria: string | null;
                auditor: string | null;
                plannedStart: string | null;
                plannedEnd: string | null;
                completedOn: string | null;
                status: string;
                scopeRefs: string[];
                findings: ({
                    key: string;
                    findingType: string;
                    ref: string | null;
                    description: string;
                    status: string;
                  })[];
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Plan an audit (impartiality is enforced) */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title: string;
            scope?: string;
            /** @default [] */
            scopeRefs?: string[];
            criteria?: string;
            auditor?: string;
            plannedStart?: string;
            plannedEnd?: string;
            impartialityException?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              scope: string | null;
              impartialityException: string | null;
              criteria: string | null;
              auditor: string | null;
              plannedStart: string | null;
              plannedEnd: string | null;
              completedOn: string | null;
              status: string;
              /** @description JSON text: clause and control ids */
              scopeRefs: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/audits/{key}/complete": {
    /** Mark an audit completed */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            completedOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              scope: string | null;
              impartialityException: string | null;
              criteria: string | null;
              auditor: string | null;
              plannedStart: string | null;
              plannedEnd: string | null;
              completedOn: string | null;
              status: string;
              /** @description JSON text: clause and control ids */
              scopeRefs: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/audits/{key}/findings": {
    /** Record a finding */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            findingType: "major_nc" | "minor_nc" | "observation" | "opportunity";
            ref?: string;
            description: string;
            evidence?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              auditId: string;
              key: string;
              findingType: string;
              ref: string | null;
              description: string;
              evidence: string | null;
              status: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/reviews": {
    /** Management reviews */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                title: string;
                heldOn: string | null;
                status: string;
                attendees: string[];
                inputs: {
                  [key: string]: string;
                };
                decisions: string[];
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Record a management review, held or as a draft to complete later */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            heldOn?: string | null;
            /** @default [] */
            attendees?: string[];
            inputs?: {
              [key: string]: string;
            };
            decisions?: string[];
            /** @enum {string} */
            status?: "draft" | "completed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              heldOn: string | null;
              /** @description JSON text: names */
              attendees: string;
              /** @description JSON text: the 9.3.2 inputs by name */
              inputs: string;
              /** @description JSON text: decisions */
              decisions: string;
              status: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/reviews/prefill": {
    /** The 9.3.2 inputs prefilled from the workspace */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              statusOfPreviousActions: string;
              changesInIssues: string;
              changesInInterestedParties: string;
              nonconformitiesAndCorrectiveActions: string;
              monitoringResults: string;
              auditResults: string;
              objectivesFulfilment: string;
              interestedPartyFeedback: string;
              riskAssessmentResults: string;
              opportunitiesForImprovement: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/reviews/{key}": {
    /** Change a draft review; status completed completes it */
    patch: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            title?: string;
            heldOn?: string | null;
            attendees?: string[];
            inputs?: {
              [key: string]: string;
            };
            decisions?: string[];
            /** @enum {string} */
            status?: "draft" | "completed";
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              title: string;
              heldOn: string | null;
              /** @description JSON text: names */
              attendees: string;
              /** @description JSON text: the 9.3.2 inputs by name */
              inputs: string;
              /** @description JSON text: decisions */
              decisions: string;
              status: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/nonconformities": {
    /** Nonconformities with corrective actions */
    get: {
      parameters: {
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": ({
                key: string;
                source: string;
                finding: string | null;
                description: string;
                correction: string | null;
                rootCause: string | null;
                status: string;
                raisedOn: string;
                actions: ({
                    description: string;
                    owner: string | null;
                    dueOn: string | null;
                    status: string;
                    effectivenessReview: string | null;
                    effective: boolean | null;
                  })[];
              })[];
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
    /** Raise a nonconformity */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            source: "internal_audit" | "external_audit" | "incident" | "management_review" | "other";
            description: string;
            correction?: string;
            rootCause?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              source: string;
              findingId: string | null;
              description: string;
              correction: string | null;
              rootCause: string | null;
              status: string;
              raisedOn: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/nonconformities/{key}/analysis": {
    /** Record correction and root cause */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            correction?: string;
            rootCause?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              source: string;
              findingId: string | null;
              description: string;
              correction: string | null;
              rootCause: string | null;
              status: string;
              raisedOn: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/nonconformities/{key}/actions": {
    /** Add a corrective action */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            description: string;
            owner?: string;
            dueOn?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        201: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              nonconformityId: string;
              description: string;
              owner: string | null;
              dueOn: string | null;
              status: string;
              effectivenessReview: string | null;
              effective: (0 | 1) | null;
              completedOn: string | null;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/nonconformities/{key}/close": {
    /** Close after the effectiveness review */
    post: {
      parameters: {
        path: {
          slug: string;
          key: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            effectivenessReview: string;
            effective: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              id: string;
              orgId: string;
              version: number;
              createdAt: string;
              updatedAt: string;
              key: string;
              source: string;
              findingId: string | null;
              description: string;
              correction: string | null;
              rootCause: string | null;
              status: string;
              raisedOn: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/copilot/ask": {
    /** Ask the ISO/IEC 27002 copilot */
    post: {
      requestBody: {
        content: {
          "application/json": {
            question: string;
            offline?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              answer: string;
              /** @description Controls and clauses, best first */
              citations: ({
                  /** @enum {string} */
                  type: "control" | "clause";
                  id: string;
                  title: string;
                  score: number;
                })[];
              /** @description Ids of the standard-level facts the answer drew on */
              facts: string[];
              /** @enum {string} */
              source: "offline" | "llm";
              /**
               * @description The kind of question the answer was composed for
               * @enum {string}
               */
              intent?: "compare" | "exclude" | "facts" | "evidence" | "howto" | "clause" | "explain";
              draft?: boolean;
              /** @description Why the language model's answer is missing, when it is */
              notice?: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/copilot/ask": {
    /** Ask the copilot in the light of the organization's ISMS */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            question: string;
            offline?: boolean;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              answer: string;
              /** @description Controls and clauses, best first */
              citations: ({
                  /** @enum {string} */
                  type: "control" | "clause";
                  id: string;
                  title: string;
                  score: number;
                })[];
              /** @description Ids of the standard-level facts the answer drew on */
              facts: string[];
              /** @enum {string} */
              source: "offline" | "llm";
              /**
               * @description The kind of question the answer was composed for
               * @enum {string}
               */
              intent?: "compare" | "exclude" | "facts" | "evidence" | "howto" | "clause" | "explain";
              draft?: boolean;
              /** @description Why the language model's answer is missing, when it is */
              notice?: string;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/copilot/draft": {
    /** Draft an SoA justification, implementation notes or a policy outline (never saved) */
    post: {
      parameters: {
        path: {
          slug: string;
        };
      };
      requestBody: {
        content: {
          "application/json": {
            /** @enum {string} */
            kind: "justification" | "notes" | "policy";
            controlId: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @enum {string} */
              kind: "justification" | "notes" | "policy";
              controlId: string;
              text: string;
              /** @enum {boolean} */
              draft: true;
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/exports/{report}": {
    /**
     * Download an audit-ready document (recorded in the audit trail)
     * @description Reports: soa (Statement of Applicability), risks (risk register), rtp (risk treatment plan, with the target dates of its actions), methodology, assets, audit (internal audit report), review (management review minutes), readiness, policy (one version of a policy: approval, effective date, content hash, its text, change and review history; ?policy=POL-001, optionally &version=N) policy-acks (who acknowledged the policy's published version, when, how and which text; ?policy=POL-001) and coverage (how far the ISMS covers NIS2 or an imported framework, with the ENISA and NIST attributions; ?framework=nis2). The file name (Content-Disposition) carries organization, report, version and date, e.g. acme-soa-v2-2026-12-05.pdf; the SoA's current state is named …-soa-draft-… and marked as not approved when it differs from the last approved version.
     */
    get: {
      parameters: {
        query?: {
          /** @description File format: xlsx, docx, pdf or csv */
          format?: "xlsx" | "docx" | "pdf" | "csv";
          /** @description For the SoA: an approved version number; left out, the current state (the last approved version when nothing changed since, otherwise a draft marked as not approved). For policy: the policy's version; left out, the one published, else the latest approved, else the latest draft. For policy-acks: a published version; left out, the one in force */
          version?: number;
          /** @description For policy and policy-acks (and required by them): the policy's key, e.g. POL-001 */
          policy?: string;
          /** @description For coverage: the framework (nis2, the default, or an imported catalog's id) */
          framework?: string;
        };
        path: {
          slug: string;
          /** @description Which report: soa, risks, rtp, methodology, assets, audit, review, readiness, suppliers, incidents, requirements, coverage (of NIS2 or an imported framework, with its sources' attributions), policy (one version of a policy) or policy-acks (who acknowledged a policy's published version) */
          report: "soa" | "risks" | "rtp" | "methodology" | "assets" | "audit" | "review" | "readiness" | "suppliers" | "incidents" | "requirements" | "coverage" | "policy" | "policy-acks";
        };
      };
      responses: {
        /** @description The document, in the format asked for */
        200: {
          content: {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
            "application/pdf": string;
            "text/csv": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/evidence-pack": {
    /** Download the auditor evidence pack (ZIP with manifest) */
    get: {
      parameters: {
        query?: {
          period?: string;
        };
        path: {
          slug: string;
        };
      };
      responses: {
        /** @description The evidence pack */
        200: {
          content: {
            "application/zip": string;
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/catalog/oscal": {
    /** The catalog as an OSCAL 1.1.3 catalog */
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              catalog: {
                uuid: string;
                metadata: {
                  title: string;
                  "last-modified": string;
                  version: string;
                  "oscal-version": string;
                  [key: string]: unknown;
                };
                groups: {
                    id: string;
                    title: string;
                    controls: {
                        id: string;
                        title: string;
                        [key: string]: unknown;
                      }[];
                    [key: string]: unknown;
                  }[];
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/orgs/{slug}/oscal/{document}": {
    /** An OSCAL 1.1.3 profile, SSP, assessment results or POA&M of the organization */
    get: {
      parameters: {
        path: {
          slug: string;
          document: "profile" | "ssp" | "ar" | "poam";
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              profile: {
                uuid: string;
                metadata: {
                  title: string;
                  "last-modified": string;
                  version: string;
                  "oscal-version": string;
                  [key: string]: unknown;
                };
                imports: {
                    href: string;
                    [key: string]: unknown;
                  }[];
                [key: string]: unknown;
              };
            } | {
              "system-security-plan": {
                uuid: string;
                metadata: {
                  title: string;
                  "last-modified": string;
                  version: string;
                  "oscal-version": string;
                  [key: string]: unknown;
                };
                [key: string]: unknown;
              };
            } | {
              "assessment-results": {
                uuid: string;
                metadata: {
                  title: string;
                  "last-modified": string;
                  version: string;
                  "oscal-version": string;
                  [key: string]: unknown;
                };
                [key: string]: unknown;
              };
            } | {
              "plan-of-action-and-milestones": {
                uuid: string;
                metadata: {
                  title: string;
                  "last-modified": string;
                  version: string;
                  "oscal-version": string;
                  [key: string]: unknown;
                };
                [key: string]: unknown;
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/api/v1/exports/verify": {
    /** Check whether a file (raw body) is one your organizations produced */
    post: {
      responses: {
        /** @description Default Response */
        200: {
          content: {
            "application/json": {
              /** @description Byte for byte a file this installation produced */
              ok: boolean;
              documentId?: string;
              organization?: string;
              report?: string;
              format?: string;
              version?: string;
              generatedAt?: string;
              sha256: string;
              /** @description For an evidence pack: its files against its manifest */
              pack?: {
                ok: boolean;
                files: number;
                problems: string[];
              };
            };
          };
        };
        /** @description Default Response */
        400: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        401: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        403: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
        /** @description Default Response */
        404: {
          content: {
            "application/json": {
              type: string;
              title: string;
              status: number;
              detail: string;
              code: string;
              instance?: string;
              errors?: {
                  path: string;
                  message: string;
                }[];
            };
          };
        };
      };
    };
  };
  "/": {
    get: {
      responses: {
        /** @description Default Response */
        200: {
          content: never;
        };
      };
    };
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export type operations = Record<string, never>;

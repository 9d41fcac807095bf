/** The sign-in page, the account and token pages of the workspace, and the token endpoint of the API. */
package org.citydiplomacy.portal.accounts.web;

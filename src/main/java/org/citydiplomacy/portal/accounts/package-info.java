/**
 * Staff accounts: sign-in with throttling of failed attempts, personal access tokens for the API,
 * and the administration of accounts in the workspace.
 */
package org.citydiplomacy.portal.accounts;

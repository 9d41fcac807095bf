package org.citydiplomacy.portal.staff.web;

import org.citydiplomacy.portal.staff.WorkspaceService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's start page. */
@Controller
class WorkspaceController {

    private final WorkspaceService workspace;

    WorkspaceController(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    @GetMapping("/staff")
    String home(Model model) {
        model.addAttribute("workspace", workspace.startPage());
        return "staff/home";
    }
}

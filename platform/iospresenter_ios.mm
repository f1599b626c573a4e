#include "iospresenter_ios.h"

@implementation KLSheetDelegate

+ (instancetype)shared
{
    static KLSheetDelegate *delegate = [[KLSheetDelegate alloc] init];
    return delegate;
}

- (void)messageComposeViewController:(MFMessageComposeViewController *)controller
                 didFinishWithResult:(MessageComposeResult)result
{
    (void)result;
    [controller dismissViewControllerAnimated:YES completion:nil];
}

- (void)mailComposeController:(MFMailComposeViewController *)controller
          didFinishWithResult:(MFMailComposeResult)result
                        error:(NSError *)error
{
    (void)result;
    (void)error;
    [controller dismissViewControllerAnimated:YES completion:nil];
}

- (void)contactViewController:(CNContactViewController *)viewController didCompleteWithContact:(CNContact *)contact
{
    (void)contact;
    // Presented inside a navigation controller: dismiss that.
    UIViewController *presented = viewController.navigationController ?: viewController;
    [presented dismissViewControllerAnimated:YES completion:nil];
}

@end

namespace kl::platform::ios {

namespace {

UIWindow *keyWindow()
{
    for (UIScene *scene in UIApplication.sharedApplication.connectedScenes) {
        if (![scene isKindOfClass:UIWindowScene.class]) {
            continue;
        }
        for (UIWindow *window in ((UIWindowScene *)scene).windows) {
            if (window.isKeyWindow) {
                return window;
            }
        }
    }
    return nil;
}

} // namespace

bool present(UIViewController *controller)
{
    UIViewController *top = keyWindow().rootViewController;
    while (top.presentedViewController) {
        top = top.presentedViewController;
    }
    if (!top || !controller) {
        return false;
    }
    if (UIPopoverPresentationController *popover = controller.popoverPresentationController) {
        popover.sourceView = top.view;
        popover.sourceRect = CGRectMake(CGRectGetMidX(top.view.bounds), CGRectGetMidY(top.view.bounds), 0, 0);
        popover.permittedArrowDirections = 0;
    }
    [top presentViewController:controller animated:YES completion:nil];
    return true;
}

} // namespace kl::platform::ios
